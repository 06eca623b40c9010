// Generated from the service's /openapi/v1.json (src/api/openapi.v1.json) by `bash addin/scripts/generate-api-types.sh`
// with openapi-typescript: do not edit by hand. test/unit/apiTypes.test.ts fails when this file is stale.
export interface paths {
    "/api/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Delegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetJob"];
        put?: never;
        post?: never;
        delete: operations["CancelJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/files.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JobFilesZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/files/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JobFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The delegation report's figures (the seed method's "just because you can, doesn't mean you should" as a list of
         *     delegations to make): every task done today by someone other than the role that should do it; per person or role
         *     doing them, how many by frequency; each vacant role and who covers its tasks; the roles whose tasks nobody does.
         *     The service returns it as JSON; the workbook shows the same figures.
         */
        DelegationFigures: {
            byDoer: components["schemas"]["DoerFigures"][];
            delegations: components["schemas"]["DelegationItem"][];
            uncoveredRoles: string[];
            vacantRoles: components["schemas"]["VacantRoleFigures"][];
        };
        /** @description One task done today by someone other than the role that should do it. */
        DelegationItem: {
            doerRole: string;
            doneBy: string;
            frequency: string;
            process: string;
            shouldDo: string;
            task: string;
            taskId: string;
        };
        /**
         * @description What happens to one document when a plan is applied.
         * @enum {unknown}
         */
        DocumentChange: "new" | "changed" | "unchanged" | "stale" | "delete" | "conflict" | "edited" | "overwrite" | "metadata";
        /**
         * @description What a generated document is about.
         * @enum {unknown}
         */
        DocumentKind: "job-description" | "sop" | "org-chart" | "service-blueprint" | "business-systems" | "delegation-report";
        /** @description A person or role doing other roles' tasks: how many, by frequency. */
        DoerFigures: {
            byFrequency: {
                [key: string]: number | string;
            };
            doerRole: string;
            doneBy: string;
            /** Format: int32 */
            tasks: number | string;
        };
        /** @description A finding as the CLI's `--json` and the HTTP API show it: SPEC §2's fields plus the cell to go to. */
        FindingView: {
            /** @description Where to look, such as `Tasks!C14`. */
            cell: string;
            code: string;
            column: null | string;
            message: string;
            /** Format: int32 */
            row: null | number | string;
            severity: components["schemas"]["Severity"];
            sheet: string;
        };
        /** @description The request body: what the API documents and what the job binds. */
        GenerateBody: {
            asOf: null | string;
            /**
             * @description The `manifest.json` a previous generate job returned (`result.recordsUrl`): the
             *         documents then keep their IDs, versions and dates, and change only where the registers did.
             */
            records: unknown;
            /**
             * @description Also write `Records Plan.xlsx` and the Purview file plan CSV (`result.recordsPlanUrl`,
             *         `result.filePlanUrl`).
             */
            recordsPlan: boolean;
            registers: unknown;
        };
        /** @description A principal (group or user e-mail / object id) and the role it holds. */
        Grant: {
            principal: string;
            role: components["schemas"]["GrantRole"];
        };
        /**
         * @description The permission a principal holds on a department folder (SPEC §3).
         * @enum {unknown}
         */
        GrantRole: "read" | "write" | "owner";
        /** @description Health answer. */
        Health: {
            mode: string;
            status: string;
        };
        /** @description A generated document a caller can download, or a published one a caller can open. */
        JobDocument: {
            department: null | string;
            kind: components["schemas"]["DocumentKind"];
            path: string;
            sha256: string;
            subject: string;
            /** @description Where to download it: `/api/jobs/{id}/files/{path}` (generate); its web address (publish). */
            url: string;
            /** @description Its web address in the SharePoint library (publish); null for a generated one. */
            webUrl?: null | string;
        };
        /** @description Why a job failed, in words for the user (never a stack trace). */
        JobError: {
            detail: string;
            title: string;
        };
        /**
         * @description What a job does.
         * @enum {unknown}
         */
        JobKind: "generate" | "publish";
        /** @description Progress of a job: Done of Total steps. */
        JobProgress: {
            /** Format: int32 */
            done: number | string;
            /** Format: int32 */
            total: number | string;
        };
        /** @description What a finished job produced: the documents (generate), the plan, and whether it was applied. */
        JobResult: {
            applied: boolean;
            documents: null | components["schemas"]["JobDocument"][];
            /** @description Where the Purview file plan import CSV downloads, when the request asked for the records plan. */
            filePlanUrl?: null | string;
            /** @description The SharePoint library's web address (publish); null for generate. */
            libraryUrl?: null | string;
            plan: components["schemas"]["LibraryPlan"];
            /** @description The plan's fingerprint: what a publish that prunes sends back as `confirmPlan`. */
            planHash?: null | string;
            /**
             * @description The records plan's tables (folders, documents, retention labels: what `Records Plan.xlsx`
             *         holds), when the request asked for the records plan; the add-in shows them before it asks to publish.
             */
            recordsPlan?: null | components["schemas"]["PlanTable"][];
            /** @description Where `Records Plan.xlsx` downloads, when the request asked for the records plan. */
            recordsPlanUrl?: null | string;
            /**
             * @description Where the library's new records download (generate only): the `manifest.json` to send
             *         as `records` with the next generate, so documents keep their IDs, versions and dates (SPEC §3a).
             */
            recordsUrl?: null | string;
            /**
             * @description Where every document downloads as one zip (generate only): `/api/jobs/{id}/files.zip`; the
             *         records plan files are in it too when the request asked for the plan.
             */
            zipUrl?: null | string;
        };
        /**
         * @description Where a job is in its life.
         * @enum {unknown}
         */
        JobStatus: "queued" | "running" | "succeeded" | "failed" | "cancelled";
        /** @description A job as callers see it (GET /api/jobs/{id} and the final server-sent event). */
        JobView: {
            correlationId: string;
            /** Format: date-time */
            createdAt: string;
            error: null | components["schemas"]["JobError"];
            /** Format: date-time */
            finishedAt: null | string;
            id: string;
            kind: components["schemas"]["JobKind"];
            progress: components["schemas"]["JobProgress"];
            result: null | components["schemas"]["JobResult"];
            status: components["schemas"]["JobStatus"];
        };
        /** @description Everything that must change to make a target match a DesiredLibrary. */
        LibraryPlan: {
            /** @description Library columns to create (internal names; LibraryColumns). */
            columnsToCreate?: null | string[];
            documents: components["schemas"]["PlannedDocument"][];
            /**
             * @description Turn on the library's major versions.
             * @default false
             */
            enableVersioning: boolean;
            /** @description Retention labels to apply to folders, where they do not carry them yet. */
            folderLabels?: null | components["schemas"]["PlannedFolderLabel"][];
            foldersToCreate: string[];
            /** @description True when applying the plan would change nothing. */
            isEmpty?: boolean;
            /**
             * @description Stale documents the target's manifest does not list as stale yet: no file changes for
             *                 them, but the manifest must now say so.
             */
            newlyStale?: null | string[];
            permissions: components["schemas"]["PlannedPermissions"][];
            /**
             * @description Documents that read as they did have records that no longer describe their model (records
             *                 written before the product kept some fact, or plain records from before they were packed): the records are
             *                 rewritten, and no document, so that the next change is named in words (SPEC §3a).
             * @default false
             */
            refreshRecords: boolean;
            /**
             * @description The target's records are readable beyond the library's owners and must be locked.
             * @default false
             */
            secureRecords: boolean;
            /**
             * @description Retention labels the library uses whose names Microsoft Purview's file plan import
             *                 refuses (it takes only letters, digits, hyphens and spaces, at most 64): a warning, shown before anything is
             *                 published, that the Records Plan's CSV cannot create them; the tenant may still have them, made in the portal.
             */
            unimportableLabels?: null | string[];
        };
        /** @description One document line of a plan. */
        PlannedDocument: {
            change: components["schemas"]["DocumentChange"];
            path: string;
        };
        /** @description A retention label to apply to a folder (a department folder, or a process's records folder). */
        PlannedFolderLabel: {
            label: string;
            path: string;
        };
        /** @description Permission changes on one department folder. */
        PlannedPermissions: {
            /** @description Grants to add. */
            add: components["schemas"]["Grant"][];
            /** @description True when the folder still inherits and must stop. */
            breakInheritance: boolean;
            /**
             * @description Grants present that the access level does not give and the product did not make (removed only
             *                 when pruning).
             */
            drift: components["schemas"]["Grant"][];
            path: string;
            /**
             * @description Grants that will be removed: a managed principal's old role when its role changed, a grant the
             *                 product gave that the registers no longer give, and the drift when pruning was asked for.
             */
            remove: components["schemas"]["Grant"][];
        };
        /** @description One table of the records plan: its name, its column headers, and its rows as text (one value per header). */
        PlanTable: {
            headers: string[];
            name: string;
            rows: string[][];
        };
        ProblemDetails: {
            detail?: null | string;
            instance?: null | string;
            /** Format: int32 */
            status?: null | number | string;
            title?: null | string;
            type?: null | string;
        };
        /** @description The request body: what the API documents and what the job binds. */
        PublishBody: {
            asOf: null | string;
            confirmPlan: null | string;
            dryRun: boolean;
            /**
             * @description Replace documents someone edited in the library since the last publish (kept otherwise).
             * @default false
             */
            overwriteEdited: boolean;
            pruneDocuments: boolean;
            prunePermissions: boolean;
            /**
             * @description Also write `Records Plan.xlsx` and the Purview file plan CSV of the plan (dry run) or
             *         of what was applied (`result.recordsPlanUrl`, `result.filePlanUrl`).
             */
            recordsPlan: boolean;
            registers: unknown;
            target: null | components["schemas"]["PublishTarget"];
        };
        /** @description Where to publish: overrides of the configured SharePoint site and library. */
        PublishTarget: {
            libraryName: null | string;
            siteUrl: null | string;
        };
        /**
         * @description The method at a glance (SPEC §1), as the add-in's Check shows it beside the findings: counted by the service with
         *     the model's own rules (whether a role is vacant, what type it is), so the pane keeps no copy of them that could
         *     disagree with the documents.
         */
        RegisterSummary: {
            /** Format: int32 */
            departments: number | string;
            /** Format: int32 */
            processes: number | string;
            /** Format: int32 */
            processesWithoutKpi: number | string;
            /** Format: int32 */
            rolesFilled: number | string;
            /** Format: int32 */
            rolesVacant: number | string;
            /** @description Roles by type, as the documents read the type (a blank or unknown type is an Employee). */
            roleTypes: {
                [key: string]: number | string;
            };
            /** Format: int32 */
            tasks: number | string;
            /**
             * Format: int32
             * @description Tasks no role is given (should-do) yet.
             */
            tasksWithoutRole: number | string;
            tooManyDepartments: boolean;
        };
        /**
         * @description How serious a finding is: errors block generation and publishing, warnings never do.
         * @enum {unknown}
         */
        Severity: "error" | "warning";
        /** @description A vacant role: its tasks, how many someone covers and who, how many nobody does. */
        VacantRoleFigures: {
            /** Format: int32 */
            covered: number | string;
            coveredBy: string[];
            department: string;
            role: string;
            /** Format: int32 */
            tasks: number | string;
            /** Format: int32 */
            uncovered: number | string;
        };
        /** @description The findings, how many of each severity, and the registers at a glance (counted as the documents count). */
        ValidateResult: {
            /** Format: int32 */
            errors: number | string;
            findings: components["schemas"]["FindingView"][];
            summary: components["schemas"]["RegisterSummary"];
            /** Format: int32 */
            warnings: number | string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Delegation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationFigures"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateBody"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobFilesZip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JobFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishBody"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Validate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
}
