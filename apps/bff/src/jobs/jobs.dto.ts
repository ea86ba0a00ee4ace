import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { JOB_TYPES, TRACKABLE_BY_ID } from '#jobs';
import type { JobState, JobType } from '#jobs';
import { notTrackableByIdReason } from '../access/resolvers/job-owners.js';
import { ToInteger } from '../surfaces/shared/validation-helpers.js';

export class ListJobsQuery {
  @IsOptional() @IsIn(['queued', 'running', 'succeeded', 'failed', 'cancelled']) state?: JobState;
  @IsOptional() @IsIn(JOB_TYPES) type?: JobType;
  @IsOptional() @Matches(/^\d{1,15}$/, { message: 'cursor must be a value returned as nextCursor' }) cursor?: string;
  @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(100) limit?: number;
}

export class GetJobQuery {
  /** Long-poll: wait up to this many seconds for the job to change. */
  @IsOptional() @ToInteger() @IsInt() @Min(0) @Max(30) wait?: number;
  /** With `wait`: the `updatedAt` the caller already has; a newer job is returned at once. */
  @IsOptional() @IsISO8601() since?: string;
}

export class TrackJobBody {
  @IsIn(TRACKABLE_BY_ID, { message: ({ value }) => notTrackableByIdReason(String(value)) ?? `type must be one of ${TRACKABLE_BY_ID.join(', ')}` }) type!: JobType;
  /** batch id, payment-link uid, alternative-payment uid, or "<cardId>/<reference>" for a statement. */
  @IsString() @MaxLength(128) @Matches(/^[A-Za-z0-9_/-]+$/) upstreamId!: string;
  /** Required for CMS uploads (the partner the batch belongs to). */
  @IsOptional() @IsString() @MaxLength(64) partnerId?: string;
}
