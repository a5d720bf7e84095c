// Runs `work` while holding a lock directory: callers in other processes wait their turn. A lock whose holder
// died (killed mid-build) is taken over once its process is gone.
const { mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const POLL_MS = 100;

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function holderOf(lock) {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return NaN; // not written yet: the holder is between creating the lock and naming itself
  }
}

function acquire(lock, onWait) {
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = false; ; waited = true) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = holderOf(lock);
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else if (!waited) onWait(holder);
      pause(POLL_MS);
    }
  }
}

function oneAtATime(lock, work, onWait = () => undefined) {
  acquire(lock, onWait);
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

module.exports = { oneAtATime };
