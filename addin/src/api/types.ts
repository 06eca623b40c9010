/**
 * Shapes of the OfficeInfra HTTP API. The service's own are generated from its /openapi/v1.json
 * (openapi.generated.ts, by `bash addin/scripts/generate-api-types.sh`); this file names them for the pane and adds
 * only what the OpenAPI document cannot say (the registers' free-form JSON, the records the pane keeps) or what is
 * agreed but not served yet (marked below).
 */
import type { components } from './openapi.generated';

type Schemas = components['schemas'];

export type Severity = Schemas['Severity'];
export type Finding = Schemas['FindingView'];
export type Health = Schemas['Health'];
export type JobStatus = Schemas['JobStatus'];
export type DocumentChange = Schemas['DocumentChange'];
export type Plan = Schemas['LibraryPlan'];
export type PlanPermission = Schemas['PlannedPermissions'];
/** One table of the records plan (folders, documents or retention labels), as Records Plan.xlsx holds it. */
export type PlanTable = Schemas['PlanTable'];
export type ValidateResult = Schemas['ValidateResult'];
/** The registers at a glance, counted by the service with the model's own rules (a vacant role, a role's type). */
export type RegisterSummary = Schemas['RegisterSummary'];

/** A document of a job: generated (download at `url`) or published (open at `webUrl`, when the service gives it). */
export type JobDocument = Schemas['JobDocument'];

/** What a finished job produced; a publish names its library (`libraryUrl`) when the service knows it. */
export type JobResult = Schemas['JobResult'];

/** A job as GET /api/jobs/{id} and the final server-sent event give it. */
export type Job = Omit<Schemas['JobView'], 'result' | 'progress'> & { progress: Progress; result: JobResult | null };

/** Progress of a job (the `progress` server-sent event, and a job's progress). */
export interface Progress {
  status?: JobStatus;
  done: number;
  total: number;
}

export type RegisterItem = Record<string, string | number>;

/** The registers JSON of SPEC §2 (free-form in the OpenAPI document: the column table decides its keys). */
export interface RegistersJson {
  /** The Organisation sheet's row ({ name, language, reviewInterval, logo, row }), or just a name. */
  organisation?: string | RegisterItem;
  departments: RegisterItem[];
  roles: RegisterItem[];
  tasks: RegisterItem[];
  processes: RegisterItem[];
  /** The optional Journey register's stages, when the workbook has them (the Records register's rows travel the same way, under `records`). */
  journey?: RegisterItem[];
}

/** One document line of the library's records (manifest.json, SPEC §3a), as far as the pane reads it. */
export interface RecordedDocument {
  path: string;
  sha256: string;
  id?: string | null;
  version?: number | null;
  effectiveDate?: string | null;
}

/** The library's records a generate job returns (result.recordsUrl); the pane keeps all of it and reads only documents. */
export interface LibraryRecords {
  documents?: RecordedDocument[];
  [other: string]: unknown;
}
