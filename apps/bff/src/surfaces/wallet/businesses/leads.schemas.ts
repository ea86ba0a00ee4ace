import Type from 'typebox';
import { JobDto } from '#jobs';
import { named } from '#common';
import { LeadCreated } from '#wallet-gateway';

/** The job document of GET /v1/jobs/{id} (its schema is the jobs API's `Job`). */

/** Migo's answer to a new lead, plus the job that follows it until Migo approves it into a business or rejects it. */
export const WalletLeadAccepted = named(Type.Object({ ...LeadCreated.properties, job: JobDto }, { title: 'WalletLeadAccepted', additionalProperties: true }));
export type WalletLeadAccepted = Type.Static<typeof WalletLeadAccepted>;
