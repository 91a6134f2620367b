import { z } from 'zod';
import { assistantSchema } from './assistant-schema.js';
import { auditSchema } from './audit-schema.js';
import { guardsSchema } from './guards-schema.js';
import { loggingSchema } from './logging-schema.js';
import { modelSchema } from './models-schema.js';
import { providerSchema } from './providers-schema.js';
import { serverSchema } from './server-schema.js';
import { countersUrl, storeUrl } from './store-schema.js';
import { useCaseSchema } from './use-cases-schema.js';

const idKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'expected letters, digits, . _ : -');

/** The whole bastion.yaml. The only source of config types. */
export const configSchema = z
  .object({
    server: serverSchema.default(serverSchema.parse({})),
    store: storeUrl.default('sqlite://./bastion.db'),
    counters: countersUrl.default('sqlite'),
    providers: z.record(idKey, providerSchema).default({}),
    models: z.record(idKey, modelSchema).default({}),
    useCases: z.record(idKey, useCaseSchema).default({}),
    guards: guardsSchema.default(guardsSchema.parse({})),
    audit: auditSchema.default(auditSchema.parse({})),
    assistant: assistantSchema.default(assistantSchema.parse({})),
    logging: loggingSchema.default(loggingSchema.parse({})),
  })
  .strict()
  .superRefine((config, ctx) => {
    // Cross-references are checked here so a typo fails at start-up with its path, not at the first request.
    for (const [name, model] of Object.entries(config.models)) {
      if (!(model.provider in config.providers)) {
        ctx.addIssue({
          code: 'custom',
          path: ['models', name, 'provider'],
          message: `unknown provider "${model.provider}" (known: ${Object.keys(config.providers).join(', ') || 'none'})`,
        });
      }
      model.fallbacks.forEach((fallback, i) => {
        if (!(fallback in config.models)) {
          ctx.addIssue({
            code: 'custom',
            path: ['models', name, 'fallbacks', i],
            message: `unknown model "${fallback}"`,
          });
        }
      });
    }
    for (const [name, useCase] of Object.entries(config.useCases)) {
      useCase.models.forEach((model, i) => {
        if (!(model in config.models)) {
          ctx.addIssue({
            code: 'custom',
            path: ['useCases', name, 'models', i],
            message: `unknown model "${model}" (known: ${Object.keys(config.models).join(', ') || 'none'})`,
          });
        }
      });
    }
  });

export type BastionConfigInput = z.input<typeof configSchema>;
export type BastionConfig = z.infer<typeof configSchema>;
