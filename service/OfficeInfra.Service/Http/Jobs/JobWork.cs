using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>The work of one job: given the job (for its id and folder) and a progress sink, produce the result.</summary>
internal delegate Task<JobResult> JobWork(Job job, IProgress<WorkProgress> progress, CancellationToken cancellationToken);
