using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Rules;

/// <summary>
/// Finds tasks of one department that repeat each other.
/// <list type="bullet">
/// <item><c>duplicate-task</c>: the same words in the same order once case, spacing and punctuation are ignored.</item>
/// <item><c>similar-task</c>: the Jaccard similarity of the two sets of distinct words is at least
/// <see cref="SimilarityThreshold"/> and both tasks have at least <see cref="MinimumWords"/> distinct words. In
/// practice: one word added or dropped in a task of five or more words, or one word swapped in a task of nine or
/// more. Short tasks ("Pay rent" / "Pay wages") are never called similar: one word there changes the meaning.</item>
/// </list>
/// Each later task is reported once, against the first earlier task it repeats. Fast on large registers: tasks are
/// bucketed by department and candidate pairs come from an inverted index over each task's rarest words (prefix
/// filtering), so only pairs that can reach the threshold are compared.
/// </summary>
internal static class DuplicateTaskRule
{
    /// <summary>Minimum Jaccard similarity of word sets for <c>similar-task</c>.</summary>
    public const double SimilarityThreshold = 0.8;

    /// <summary>Minimum distinct words both tasks need before near-duplicates are considered.</summary>
    public const int MinimumWords = 4;

    public static void Check(IReadOnlyList<TaskItem> tasks, FindingWords wording, List<Finding> findings)
    {
        var byDepartment = new Dictionary<RegisterName, List<TaskItem>>();
        foreach (var task in tasks)
        {
            if (RegisterNames.IsBlank(task.Task) || RegisterNames.IsBlank(task.Department))
            {
                continue;
            }
            RegisterName key = task.Department;
            if (!byDepartment.TryGetValue(key, out var list))
            {
                byDepartment[key] = list = [];
            }
            list.Add(task);
        }
        foreach (var department in byDepartment.Values)
        {
            CheckDepartment(department, wording, findings);
        }
    }

    private static void CheckDepartment(List<TaskItem> tasks, FindingWords wording, List<Finding> findings)
    {
        var words = tasks.Select(t => TaskText.Words(t.Task)).ToList();
        var isExactDuplicate = ReportExactDuplicates(tasks, words, wording, findings);
        ReportSimilarTasks(tasks, RarestFirst(words), isExactDuplicate, wording, findings);
    }

    /// <summary>Reports each task whose words repeat an earlier task's exactly; true at each one reported.</summary>
    private static bool[] ReportExactDuplicates(List<TaskItem> tasks, List<List<string>> words, FindingWords wording, List<Finding> findings)
    {
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var isExactDuplicate = new bool[tasks.Count];
        for (var i = 0; i < tasks.Count; i++)
        {
            var normal = string.Join(' ', words[i]);
            if (exact.TryGetValue(normal, out var first))
            {
                isExactDuplicate[i] = true;
                Report(FindingCodes.DuplicateTask, tasks[i], tasks[first], nearly: false, wording, findings);
            }
            else
            {
                exact[normal] = i;
            }
        }
        return isExactDuplicate;
    }

    /// <summary>
    /// Each task's distinct words as token ids ordered by rarity within the department: rare words first make the
    /// shortest candidate lists.
    /// </summary>
    private static List<int[]> RarestFirst(List<List<string>> words)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = words.Select(w => w.Distinct(StringComparer.Ordinal).ToArray()).ToList();
        foreach (var set in sets)
        {
            foreach (var w in set)
            {
                frequency[w] = frequency.GetValueOrDefault(w) + 1;
            }
        }
        var rank = frequency.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select((kv, i) => (kv.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        return sets.Select(set => set.Select(w => rank[w]).Order().ToArray()).ToList();
    }

    /// <summary>
    /// Reports each task similar to an earlier one (not itself an exact duplicate), against the first earlier task it
    /// is similar to. Candidates come from an inverted index over each task's prefix of rarest words.
    /// </summary>
    private static void ReportSimilarTasks(List<TaskItem> tasks, List<int[]> ids, bool[] isExactDuplicate, FindingWords wording, List<Finding> findings)
    {
        var index = new Dictionary<int, List<int>>();
        var seen = new int[tasks.Count];
        Array.Fill(seen, -1);
        for (var i = 0; i < tasks.Count; i++)
        {
            var a = ids[i];
            if (a.Length < MinimumWords)
            {
                continue;
            }
            var prefix = a.Length - (int)Math.Ceiling(SimilarityThreshold * a.Length) + 1;
            var match = isExactDuplicate[i] ? -1 : FirstSimilar(i, prefix, ids, index, seen);
            if (match >= 0)
            {
                Report(FindingCodes.SimilarTask, tasks[i], tasks[match], nearly: true, wording, findings);
            }
            for (var p = 0; p < prefix; p++)
            {
                if (!index.TryGetValue(a[p], out var list))
                {
                    index[a[p]] = list = [];
                }
                list.Add(i);
            }
        }
    }

    /// <summary>
    /// The earliest indexed task similar to task <paramref name="i"/>, found through the first of its
    /// <paramref name="prefix"/> rarest words that leads to any; -1 when none. <paramref name="seen"/> marks the tasks
    /// already compared with <paramref name="i"/>.
    /// </summary>
    private static int FirstSimilar(int i, int prefix, List<int[]> ids, Dictionary<int, List<int>> index, int[] seen)
    {
        var a = ids[i];
        var match = -1;
        for (var p = 0; p < prefix && match < 0; p++)
        {
            if (!index.TryGetValue(a[p], out var candidates))
            {
                continue;
            }
            foreach (var j in candidates)
            {
                if (seen[j] == i)
                {
                    continue;
                }
                seen[j] = i;
                var b = ids[j];
                if (b.Length < SimilarityThreshold * a.Length || a.Length < SimilarityThreshold * b.Length)
                {
                    continue;
                }
                if (Jaccard(a, b) >= SimilarityThreshold && (match < 0 || j < match))
                {
                    match = j;
                }
            }
        }
        return match;
    }

    /// <summary>Jaccard similarity of two sorted arrays of distinct ids.</summary>
    internal static double Jaccard(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) { i++; }
            else { j++; }
        }
        return (double)common / (a.Length + b.Length - common);
    }

    private static void Report(string code, TaskItem task, TaskItem earlier, bool nearly, FindingWords words, List<Finding> findings) =>
        findings.Warning(code, RegisterSchema.Tasks.Name, task.Row, RegisterSchema.Columns.Task, words.DuplicateTask(RegisterNames.Shown(task.Task),
            RegisterNames.Shown(earlier.Task), words.Where(earlier.Row, earlier.Id), RegisterNames.Shown(task.Department), nearly));
}
