/**
 * JSON bodies are parsed here rather than by fastify's default parser so that the exact bytes
 * stay available: signed intake checks its HMAC over the raw body.
 */
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
  }
}

const badRequest = (message: string) => Object.assign(new Error(message), { statusCode: 400 });

export function parseJsonKeepingRaw(app: FastifyInstance) {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    request.rawBody = text;
    if (text.length === 0) {
      done(
        badRequest("the body cannot be empty when content-type is 'application/json'"),
        undefined,
      );
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(badRequest(`the body is not valid JSON: ${(error as Error).message}`), undefined);
    }
  });
}
