import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { nullableRef } from '../../shared/responses';

/** A replay building a projection's next generation, under way or interrupted. */
export class ProjectionReplayResponse {
  @ApiProperty({ description: 'Generation the replay is building', example: 2 })
  generation: number;

  @ApiProperty({ description: 'Last log position the replay has applied', example: 880 })
  position: number;

  @ApiProperty({ description: 'How many log positions the replay lags behind the head', example: 162 })
  lag: number;
}

/** One read-model projection and how current it is. */
@ApiExtraModels(ProjectionReplayResponse)
export class ProjectionStatusResponse {
  @ApiProperty({ example: 'units' })
  name: string;

  @ApiProperty({
    description: "Generation the projection's tables belong to (a replay of some projections leaves the others' as they were)",
    example: 1,
  })
  generation: number;

  @ApiProperty({ description: 'Last log position the read models include', example: 1042 })
  position: number;

  @ApiProperty({ description: 'How many log positions the read models lag behind the head', example: 0 })
  lag: number;

  @ApiProperty({
    description: "The replay building this projection's next generation, if one is under way or interrupted; null if none",
    ...nullableRef(ProjectionReplayResponse),
  })
  replay: ProjectionReplayResponse | null;
}

/** The log's head and every read-model projection's generation, position and lag. */
export class ProjectionsResponse {
  @ApiProperty({ description: 'Newest position of the log', example: 1042 })
  head: number;

  @ApiProperty({ type: [ProjectionStatusResponse] })
  projections: ProjectionStatusResponse[];
}
