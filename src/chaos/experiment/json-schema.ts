import { z } from 'zod';
import { experimentSchema } from './schema.js';

/** The JSON Schema of experiment files (input shape: what a user writes), as checked-in text. */
export function renderExperimentJsonSchema(): string {
  const schema = z.toJSONSchema(experimentSchema, { io: 'input', unrepresentable: 'any' });
  return JSON.stringify({ title: 'Bastion chaos experiment', ...schema }, null, 2) + '\n';
}
