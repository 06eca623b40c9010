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
export type ValidateResult = Schemas['ValidateResult'];

/**
 * A document of a job. `webUrl` (where it lives after a publish) is agreed with the records work and not served
 * yet: the pane shows it when present.
 */
export type JobDocument = Schemas['JobDocument'] & { webUrl?: string | null };

/** What a finished job produced. `libraryUrl` (the published library) is agreed and not served yet, as `webUrl`. */
export type JobResult = Omit<Schemas['JobResult'], 'documents'> & { documents?: JobDocument[] | null; libraryUrl?: string | null };

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
  /** The optional Journey register's stages, when the workbook has them. */
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
