import { ContainerEvent, ContainerStatus, isContainerEvent } from '@trace/domain';
import { Change, Fields, increment, ReadModel, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';

export interface ContainerDocument {
  containerId: string;
  status: ContainerStatus;
  location: string | null;
  custodian: string | null;
  destination: string | null;
  /** The container this one is packed in. */
  parent: string | null;
  /** Units packed directly in it, and containers packed directly in it. */
  unitCount: number;
  containerCount: number;
  createdAt: string;
  lastEventAt: string;
  revision: number;
  position: number;
}

/**
 * Current state of every container. Its units are listed from the `units` model (indexed by container);
 * nested containers from this model's `parent` index.
 */
export const containersModel: ReadModel<ContainerDocument> = {
  name: 'containers',
  key: ['containerId'],
  fields: {
    containerId: 'text',
    status: 'text',
    location: 'text',
    custodian: 'text',
    destination: 'text',
    parent: 'text',
    unitCount: 'integer',
    containerCount: 'integer',
    createdAt: 'text',
    lastEventAt: 'text',
    revision: 'integer',
    position: 'integer',
  },
  indexes: [['parent'], ['location'], ['status'], ['custodian']],
};

function fieldsFor(event: ContainerEvent, occurredAt: string): Fields<ContainerDocument> {
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
    case 'ContainerObserved':
      return {};
    default:
      return unhandled(event);
  }
}

/** Content counts move by what was packed or unpacked; the sign says which. */
function contentCounts(event: ContainerEvent): Change[] {
  if (event.type !== 'ContentsPacked' && event.type !== 'ContentsUnpacked') return [];
  const sign = event.type === 'ContentsPacked' ? 1 : -1;
  return [
    increment(
      containersModel,
      { containerId: event.data.containerId },
      { unitCount: sign * event.data.units.length, containerCount: sign * event.data.containers.length },
    ),
  ];
}

function containerChanges(event: ContainerEvent & ProjectedEvent): Change[] {
  const set = { ...fieldsFor(event, event.occurredAt), lastEventAt: event.occurredAt, revision: event.revision, position: event.position };
  return [upsert(containersModel, { containerId: event.data.containerId }, set), ...contentCounts(event)];
}

const project = (event: ProjectedEvent): Change[] => (isContainerEvent(event) ? containerChanges(event) : []);

export const containersProjection: Projection<'containers'> = { name: 'containers', models: [containersModel], project };
