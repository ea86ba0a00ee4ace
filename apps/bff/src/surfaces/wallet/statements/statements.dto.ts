import { IsInt, Max, Min } from 'class-validator';

export class StatementRequestBody {
  @IsInt() @Min(1) @Max(12) month!: number;
  @IsInt() @Min(1000) @Max(9999) year!: number;
}
