import { chaosMonkey } from './chaos-monkey.js';
import { command } from './command.js';
import { cpuPressure } from './cpu-pressure.js';
import { fillDisk } from './fill-disk.js';
import { fillDiskFree } from './fill-disk-free.js';
import { httpRequest } from './http-request.js';
import { memoryPressure } from './memory-pressure.js';
import { pause } from './pause.js';
import { processKill } from './process-kill.js';
import { proxyDisable, proxyEnable } from './proxy-disable.js';
import { replicaStart } from './replica-start.js';
import { toxicAdd } from './toxic-add.js';
import { toxicRemove } from './toxic-remove.js';
import type { ActionDefinition } from './types.js';

/** Every action an experiment may name, by its `action:` value. */
export const ACTIONS = {
  'toxic-add': toxicAdd,
  'toxic-remove': toxicRemove,
  'proxy-disable': proxyDisable,
  'proxy-enable': proxyEnable,
  'replica-start': replicaStart,
  'process-kill': processKill,
  'chaos-monkey': chaosMonkey,
  'fill-disk': fillDisk,
  'fill-disk-free': fillDiskFree,
  'cpu-pressure': cpuPressure,
  'memory-pressure': memoryPressure,
  command,
  http: httpRequest,
  pause,
} as const satisfies Record<string, ActionDefinition>;
