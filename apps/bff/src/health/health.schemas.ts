import Type from 'typebox';

export const Liveness = Type.Object({ status: Type.Literal('ok') }, { title: 'Liveness', additionalProperties: true });
export type Liveness = Type.Static<typeof Liveness>;
