/** Shapes of the OfficeInfra HTTP API (service/OfficeInfra.Service/HTTP-API.md). */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  code: string;
  sheet: string;
  row?: number | null;
  column?: string | null;
  message: string;
  cell?: string | null;
}

export interface ValidateResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  infos: number;
}

export type RegisterItem = Record<string, string | number>;

export interface RegistersJson {
  /** The Organisation sheet's row ({ name, language, reviewInterval, logo, row }), or just a name. */
  organisation?: string | RegisterItem;
  departments: RegisterItem[];
  roles: RegisterItem[];
  tasks: RegisterItem[];
  processes: RegisterItem[];
}

export interface JobDocument {
  kind: 'job-description' | 'sop' | 'org-chart';
  department: string | null;
  subject: string;
  path: string;
  sha256?: string;
  url: string;
  /** Where the document lives after a publish (a SharePoint or file link), when the service gives one. */
  webUrl?: string;
}

export interface PlanPermission {
  path: string;
  breakInheritance?: boolean;
  add: { principal: string; role: string }[];
  drift?: { principal: string; role: string }[];
  remove: { principal: string; role: string }[];
}

export interface Plan {
  isEmpty: boolean;
  foldersToCreate: string[];
  documents: { path: string; change: 'new' | 'changed' | 'unchanged' | 'stale' | 'delete' }[];
  permissions: PlanPermission[];
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface Job {
  id: string;
  kind: 'generate' | 'publish';
  status: JobStatus;
  progress: { done: number; total: number };
  error: null | { title: string; detail: string };
  /** When the job's files are deleted (Jobs:RetainFor after it finished), if the service says. */
  expiresAt?: string | null;
  finishedAt?: string | null;
  /** zipUrl: GET answers every generated document as one zip; libraryUrl: the published library, when known. */
  /** recordsUrl (generate): where the library's new records download, to send as `records` with the next generate. */
  result: null | { applied?: boolean; documents?: JobDocument[]; plan?: Plan; zipUrl?: string; libraryUrl?: string; recordsUrl?: string };
}

export interface Progress {
  status: JobStatus;
  done: number;
  total: number;
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
