import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { EpcisQueryAnswer } from './epcis-query-answer';

/** An EPCISQueryDocument answer (JSON-LD, valid against GS1's schema). */
export const EpcisQueryDocumentRoute = () =>
  applyDecorators(
    ApiProduces('application/ld+json', 'application/json'),
    ApiOkResponse({
      description: 'An EPCISQueryDocument; the next page, if any, in the Link header (rel="next") with its nextPageToken',
      schema: { type: 'object', required: ['type', 'epcisBody'], properties: { type: { type: 'string', enum: ['EPCISQueryDocument'] } } },
    }),
  );

/** Sends the document, with the Link of the next page when there is one (the same query, its token). */
export function sendAnswer(request: Request, response: Response, answer: EpcisQueryAnswer): Record<string, unknown> {
  if (answer.nextPageToken !== null) {
    const next = new URL(request.originalUrl, 'http://service');
    next.searchParams.set('nextPageToken', answer.nextPageToken);
    response.setHeader('Link', `<${next.pathname}${next.search}>; rel="next"`);
  }
  if (request.accepts(['application/json', 'application/ld+json']) === 'application/ld+json') response.type('application/ld+json');
  return answer.document;
}
