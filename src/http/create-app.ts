/**
 * Builds the HTTP application: REST API under /api/v1, OpenAPI at /docs, and the web app.
 * Nothing listens here; `main/server.ts` does, and tests use `app.inject()`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { checkHealth } from '../app/check-health.ts';
import type { AppDeps } from '../app/ports.ts';
import { createIntakeQueue } from '../app/routing/intake-queue.ts';
import { HealthSchema } from '../contracts/access.ts';
import { registerAuthHook } from './auth-hook.ts';
import { errorBody, handleError } from './error-response.ts';
import { parseJsonKeepingRaw } from './raw-json.ts';
import { registerAdminRoutes } from './routes/admin.ts';
import { registerAssignmentRoutes } from './routes/assignments.ts';
import { type CookiePolicy, registerAuthRoutes } from './routes/auth.ts';
import { registerIntakeRoutes } from './routes/intake.ts';
import { registerMetricRoutes } from './routes/metrics.ts';
import { registerNotificationRoutes } from './routes/notifications.ts';
import { registerPlanRoutes } from './routes/plans.ts';
import { registerRecordRoutes } from './routes/records.ts';
import { registerRoutingRoutes } from './routes/routing.ts';

export type HttpOptions = {
  readonly logLevel: string;
  readonly secureCookies: CookiePolicy;
  readonly trustProxy: boolean;
  /** Directory of the built web app; absent or missing = API only. */
  readonly webDir?: string | undefined;
  readonly engine: string;
  readonly version: string;
};

export const BODY_LIMIT_BYTES = 1024 * 1024;

export async function createApp(deps: AppDeps, options: HttpOptions): Promise<FastifyInstance> {
  // Leads posted at the same time are taken in together (see intake-queue.ts).
  const intake = createIntakeQueue(deps);
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  parseJsonKeepingRaw(app);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Allot API',
        version: options.version,
        description: 'Sales task allocation: organisation, customers, routing, targets.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'allot_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  await app.register(
    async (api) => {
      registerAuthHook(api, deps);
      api.withTypeProvider<ZodTypeProvider>().get(
        '/health',
        {
          config: { public: true },
          schema: { tags: ['system'], response: { 200: HealthSchema, 503: HealthSchema } },
        },
        async (_req, reply) => {
          const health = await checkHealth(deps);
          return reply.status(health.status === 'ok' ? 200 : 503).send({
            status: health.status,
            database: {
              reachable: health.reachable,
              engine: options.engine,
              migrationsCurrent: health.migrationsCurrent,
            },
            version: options.version,
          });
        },
      );
      registerAuthRoutes(api, deps, options.secureCookies);
      registerRecordRoutes(api, deps, intake);
      registerAdminRoutes(api, deps);
      registerRoutingRoutes(api, deps);
      registerIntakeRoutes(api, deps);
      registerNotificationRoutes(api, deps);
      registerAssignmentRoutes(api, deps);
      registerMetricRoutes(api, deps);
      registerPlanRoutes(api, deps);
    },
    { prefix: '/api/v1' },
  );

  const webDir =
    options.webDir !== undefined && existsSync(options.webDir) ? options.webDir : undefined;
  if (webDir) await app.register(fastifyStatic, { root: webDir });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply
        .status(404)
        .send(
          errorBody('route.not_found', `no route ${request.method} ${request.url.split('?')[0]}`),
        );
    }
    if (webDir) return reply.type('text/html').sendFile('index.html');
    return reply
      .status(404)
      .type('text/plain')
      .send('The web app is not built: run `npm run build:web`.');
  });
  return app;
}
