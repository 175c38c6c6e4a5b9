namespace MineralGraph.Domain.Curation;

/// <summary>One thing wrong with a curation request: the input field (<c>evidence[0].quote</c>) and what is wrong.</summary>
public sealed record CurationProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>A curation request refused; nothing was written. <see cref="Problems"/> lists every problem found.</summary>
public sealed class CurationRejectedException(IReadOnlyList<CurationProblem> problems)
    : Exception("the change was refused: " + string.Join("; ", problems))
{
    public IReadOnlyList<CurationProblem> Problems { get; } = problems;
}
