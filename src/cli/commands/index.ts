import type { Command } from 'commander';
import { register as audit } from './audit.js';
import { register as chaos } from './chaos.js';
import { register as data } from './data.js';
import { register as docs } from './docs.js';
import { register as keys } from './keys.js';
import { register as model } from './model.js';
import { register as redteam } from './redteam.js';
import { register as scan } from './scan.js';
import { register as secrets } from './secrets.js';
import { register as serve } from './serve.js';
import { register as sign } from './sign.js';

/** Every top-level command, in the order `bastion --help` lists them. */
export const COMMANDS: Record<string, (program: Command) => void> = {
  serve,
  keys,
  audit,
  scan,
  docs,
  redteam,
  chaos,
  data,
  model,
  sign,
  secrets,
};
