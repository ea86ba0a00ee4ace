export const JOB_STORE = Symbol('JOB_STORE');
