import { ContainerEvent, isContainerEvent } from '@trace/domain';
import { Change, ReadModelDefinition } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';

/**
 * Current state of every container. Its units are listed from the `units` model (indexed by container);
 * nested containers from this model's `parent` index.
 */
export const containersModel: ReadModelDefinition = {
  name: 'containers',
  key: ['containerId'],
  fields: {
    containerId: 'text',
    status: 'text',
    location: 'text',
    custodian: 'text',
    destination: 'text',
    /** The container this one is packed in. */
    parent: 'text',
    /** Units packed directly in it, and containers packed directly in it. */
    unitCount: 'integer',
    containerCount: 'integer',
    createdAt: 'text',
    lastEventAt: 'text',
    revision: 'integer',
    position: 'integer',
  },
  indexes: [['parent'], ['location']],
};

function fieldsFor(event: ContainerEvent, occurredAt: string): Record<string, unknown> {
  switch (event.type) {
    case 'ContainerCreated':
      return {
        status: 'in_stock',
        location: event.data.location,
        custodian: null,
        destination: null,
        parent: null,
        unitCount: 0,
        containerCount: 0,
        createdAt: occurredAt,
      };
    case 'ContainerPacked':
      return { parent: event.data.into };
    case 'ContainerUnpacked':
      return { parent: null };
    case 'ContainerMoved':
      return { location: event.data.to };
    case 'ContainerShipped':
      return { status: 'in_transit', location: null, destination: event.data.to };
    case 'ContainerReceived':
      return { status: 'in_stock', location: event.data.location, custodian: event.data.by, destination: null };
    case 'ContentsPacked':
    case 'ContentsUnpacked':
      return {};
  }
}

/** Content counts move by what was packed or unpacked; the sign says which. */
function contentCounts(event: ContainerEvent): Change[] {
  if (event.type !== 'ContentsPacked' && event.type !== 'ContentsUnpacked') return [];
  const sign = event.type === 'ContentsPacked' ? 1 : -1;
  const by = { unitCount: sign * event.data.units.length, containerCount: sign * event.data.containers.length };
  return [{ op: 'increment', model: containersModel.name, key: { containerId: event.data.containerId }, by }];
}

export const containersProjection: Projection = {
  name: 'containers',
  models: [containersModel],
  project(event: ProjectedEvent) {
    if (!isContainerEvent(event)) return [];
    const key = { containerId: event.data.containerId };
    const set = { ...fieldsFor(event, event.occurredAt), lastEventAt: event.occurredAt, revision: event.revision, position: event.position };
    return [{ op: 'upsert', model: containersModel.name, key, set }, ...contentCounts(event)];
  },
};
