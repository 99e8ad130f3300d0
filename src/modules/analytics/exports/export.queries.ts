import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsCycleCode, IsIso3, IsRegionCode } from '../../../common/validation/fields.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';

/** Query-string booleans: "true"/"false" (and 1/0). */
const ToBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  );

export class ExportFormatParam {
  @IsIn(['csv', 'xlsx'], { message: 'format must be csv or xlsx' })
  format: 'csv' | 'xlsx';
}

class AggregateQuery {
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  includeSubmitted: boolean = false;
}

class RegionalQuery extends AggregateQuery {
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme: RegionScheme = RegionScheme.REVIEW;

  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  championOnly: boolean = false;
}

export class RegionalProgressQuery extends RegionalQuery {
  @IsCycleCode()
  cycle: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;
}

export class ObjectiveMatrixQuery extends RegionalQuery {
  @IsCycleCode()
  cycle: string;
}

export class CycleComparisonQuery extends RegionalQuery {
  @IsCycleCode()
  from: string;

  @IsCycleCode()
  to: string;
}

export class CountryScorecardQuery extends AggregateQuery {
  @IsIso3()
  country: string;
}

export class ValidatedEntriesQuery {
  @IsOptional()
  @IsCycleCode()
  cycle?: string;

  @IsOptional()
  @IsString()
  @IsRegionCode()
  region?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;

  @IsOptional()
  @IsIso3()
  country?: string;
}
