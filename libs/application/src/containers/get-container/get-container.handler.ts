import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { ContainerDocument, containersModel, unitsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { allRows, pageOf } from '../../shared/paging';
import { UnitViews } from '../../shared/unit-view';
import { containerChain } from '../../shared/container-chain';
import { GetContainerQuery } from './get-container.query';
import { ContainerResponse, NestedContainerResponse } from './get-container.response';

const nestedView = ({ containerId, unitCount, containerCount }: ContainerDocument): NestedContainerResponse => ({ containerId, unitCount, containerCount });

@QueryHandler(GetContainerQuery)
export class GetContainerHandler implements IQueryHandler<GetContainerQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly views: UnitViews,
  ) {}

  async execute({ containerId, page }: GetContainerQuery): Promise<ContainerResponse> {
    const document = await getDocument(this.reads, containersModel, { containerId });
    if (!document) throw new NotFound(`container ${containerId} not found`);
    const { parent, position: _position, ...container } = document;
    const packedIn = parent ? await containerChain(this.reads, parent) : [];
    const containers = [];
    for await (const nested of allRows(this.reads, containersModel, { parent: containerId })) containers.push(nestedView(nested));
    const units = await this.views.page(await pageOf(this.reads, unitsModel, { container: containerId }, page));
    return { ...container, packedIn, containers, units };
  }
}
