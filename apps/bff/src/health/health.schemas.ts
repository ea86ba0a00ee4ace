import Type from 'typebox';
import { named, Nullable } from '#common';

const CheckResults = Type.Record(
  Type.String(),
  Type.Object(
    { status: Type.Union([Type.Literal('up'), Type.Literal('degraded'), Type.Literal('down')]) },
    { additionalProperties: true, description: 'One check (lifecycle, redis, upstream:<name> with its breakers and probe)' },
  ),
);

/** @nestjs/terminus' report: 200 when `ok` or `degraded` (an upstream is unhealthy), 503 when `error` or `shutting_down`. */
export const Readiness = named(
  Type.Object(
    {
      status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('error'), Type.Literal('shutting_down')]),
      info: Type.Optional(Nullable(CheckResults)),
      error: Type.Optional(Nullable(CheckResults)),
      details: CheckResults,
    },
    { title: 'Readiness', additionalProperties: true },
  ),
);
export type Readiness = Type.Static<typeof Readiness>;

export const Liveness = Type.Object({ status: Type.Literal('ok') }, { title: 'Liveness', additionalProperties: true });
export type Liveness = Type.Static<typeof Liveness>;
