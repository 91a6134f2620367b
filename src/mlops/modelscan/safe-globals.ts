import type { Severity } from './types.js';

/**
 * The pickle allow-list. A pickle can import and call ANY importable callable, so a block-list always misses one
 * (`pkgutil.resolve_name`, `numpy.testing._private.utils.runstring`, `torch.utils.collect_env.run`, …). Only
 * what is here passes; everything else is a finding. Entries are what torch, numpy, scikit-learn and plain Python
 * containers need to rebuild tensors, arrays and estimators without running code of the file's choosing.
 */
const SAFE_EXACT = new Set<string>([
  // Python containers and scalars
  ...['builtins', '__builtin__'].flatMap((m) =>
    [
      'set',
      'frozenset',
      'dict',
      'list',
      'tuple',
      'int',
      'float',
      'complex',
      'bool',
      'bytes',
      'bytearray',
      'str',
      'slice',
      'range',
      'xrange',
      'object',
    ].map((n) => `${m}.${n}`),
  ),
  'collections.OrderedDict',
  'collections.defaultdict',
  'collections.Counter',
  'collections.deque',
  'copyreg._reconstructor',
  'copy_reg._reconstructor',
  '_codecs.encode', // numpy arrays pickled with protocol 2 carry their bytes through _codecs.encode(…, 'latin1')
  'datetime.datetime',
  'datetime.date',
  'datetime.time',
  'datetime.timedelta',
  'datetime.timezone',
  'decimal.Decimal',
  'fractions.Fraction',
  'uuid.UUID',
  // numpy
  'numpy.ndarray',
  'numpy.dtype',
  'numpy.core.multiarray._reconstruct',
  'numpy.core._internal._reconstruct', // numpy 1.x written from Python 2
  'numpy.core.multiarray.scalar',
  'numpy._core.multiarray._reconstruct',
  'numpy._core.multiarray.scalar',
  'numpy.random._pickle.__randomstate_ctor',
  'numpy.random._pickle.__bit_generator_ctor',
  // torch tensor rebuilding (what torch.load(weights_only=True) also accepts)
  ...[
    '_rebuild_tensor',
    '_rebuild_tensor_v2',
    '_rebuild_tensor_v3',
    '_rebuild_parameter',
    '_rebuild_parameter_with_state',
    '_rebuild_qtensor',
    '_rebuild_sparse_tensor',
    '_rebuild_meta_tensor_no_storage',
    '_rebuild_nested_tensor',
    '_rebuild_device_tensor_from_numpy',
    '_rebuild_wrapper_subclass',
  ].map((n) => `torch._utils.${n}`),
  'torch._tensor._rebuild_from_type_v2',
  'torch.nn.parameter.Parameter',
  'torch.Size',
  'torch.device',
  'torch.dtype',
  'torch.storage.UntypedStorage',
  'torch.storage.TypedStorage',
]);

// scipy.sparse matrices and arrays have lower-case class names (coo_matrix, csr_array, …).
const SCIPY_SPARSE = /^scipy\.sparse\.(?:_\w+\.)?(?:bsr|coo|csc|csr|dia|dok|lil)_(?:matrix|array)$/;

// Storage classes and dtypes are plain type objects: torch.FloatStorage, torch.float16, torch.bfloat16, …
const TORCH_TYPES =
  /^torch\.(\w+Storage|float\d*|bfloat16|half|double|int\d*|uint\d+|long|short|bool|complex\d+|cfloat|cdouble|qint\d+|quint\w+|float8_\w+)$/;

/**
 * Class constructors (CamelCase names) inside these packages rebuild estimators and layers through
 * `__setstate__`; functions in the same packages (lower-case names) are not allowed.
 */
const CLASS_PREFIXES = [
  'sklearn.',
  'torch.nn.modules.',
  'xgboost.',
  'lightgbm.',
  'catboost.',
  'scipy.sparse.',
  'pandas.core.',
];

/** Known code-execution, import or I/O primitives: always critical. */
const DANGEROUS_MODULES = new Set([
  'os',
  'posix',
  'nt',
  'subprocess',
  '_posixsubprocess',
  'sys',
  'pty',
  'socket',
  'shutil',
  'webbrowser',
  'pickle',
  '_pickle',
  'cPickle',
  'dill',
  'cloudpickle',
  'marshal',
  'types',
  'ctypes',
  'code',
  'codeop',
  'runpy',
  'pkgutil',
  'importlib',
  'imp',
  'commands',
  'platform',
  'asyncio',
  'multiprocessing',
  'threading',
  '_thread',
  'signal',
  'requests',
  'urllib',
  'urllib2',
  'http',
  'ftplib',
  'smtplib',
  'telnetlib',
  'timeit',
  'cProfile',
  'profile',
  'pdb',
  'bdb',
  'trace',
  'doctest',
  'pydoc',
  'venv',
  'ensurepip',
  'pip',
  'distutils',
  'setuptools',
  'idlelib',
  'lib2to3',
  'operator',
  'functools',
  'io',
  '_io',
  'tempfile',
  'glob',
  'zipimport',
  'builtins',
  '__builtin__',
  'sqlite3',
  'shelve',
  'dbm',
  'tarfile',
  'zipfile',
  'linecache',
  'inspect',
  'gc',
  'weakref',
  'atexit',
  'site',
  'sysconfig',
  'test',
  'unittest',
  'jinja2',
  'yaml',
  'numpy.testing',
  'numpy.f2py',
  'numpy.distutils',
  'torch.utils.collect_env',
  'torch.hub',
  'torch.serialization',
  'torch.storage',
  'torch.jit',
  'torch._dynamo',
  'torch._inductor',
  'torch.ops',
  'torch.fx',
  'torch.package',
  'torch._C',
  'joblib',
  'keras',
  'tensorflow',
]);

const DANGEROUS_NAMES = new Set([
  'eval',
  'exec',
  'execfile',
  'compile',
  'open',
  '__import__',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'vars',
  'input',
  'breakpoint',
  'system',
  'popen',
  'spawn',
  'run',
  'call',
  'check_output',
  'load',
  'loads',
  'resolve_name',
  'import_module',
  'runstring',
  'run_command',
  'apply',
]);

export interface GlobalVerdict {
  safe: boolean;
  severity: Severity;
  reason: string;
}

export function judgeGlobal(module: string, name: string): GlobalVerdict {
  const full = `${module}.${name}`;
  if (SAFE_EXACT.has(full) || TORCH_TYPES.test(full) || SCIPY_SPARSE.test(full))
    return { safe: true, severity: 'info', reason: 'allow-listed' };
  const lastPart = name.split('.').pop() ?? name;
  if (CLASS_PREFIXES.some((p) => full.startsWith(p)) && /^[A-Z]/.test(lastPart) && !name.includes('__')) {
    return { safe: true, severity: 'info', reason: 'allow-listed class' };
  }
  const top = module.split('.')[0] ?? module;
  const dangerousModule =
    DANGEROUS_MODULES.has(module) ||
    DANGEROUS_MODULES.has(top) ||
    [...DANGEROUS_MODULES].some((m) => m.includes('.') && module.startsWith(`${m}`));
  if (dangerousModule || DANGEROUS_NAMES.has(lastPart)) {
    return { safe: false, severity: 'critical', reason: 'imports a code-execution, import or I/O primitive' };
  }
  if (module === '__main__') {
    return {
      safe: false,
      severity: 'high',
      reason: 'user-defined class from the pickling script; loading needs that code',
    };
  }
  return { safe: false, severity: 'high', reason: 'global outside the allow-list' };
}
