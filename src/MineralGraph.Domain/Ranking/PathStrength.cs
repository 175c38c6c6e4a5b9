using MineralGraph.Domain.Store;

namespace MineralGraph.Domain.Ranking;

/// <summary>
/// How strong a path is and why: as strong as its weakest step (<see cref="WeakestStep"/>, the first of the weakest).
/// </summary>
/// <param name="Score">The weakest step's <see cref="TieStrength.Score"/>; 100 for a path of no steps.</param>
/// <param name="WeakestStep">The position of the weakest step (0 is the first), or null for a path of no steps.</param>
/// <param name="Through">Actors when every step is a tie between actors; Any when one is topical.</param>
/// <param name="Steps">Each step's strength, in path order.</param>
/// <param name="Hubs">The ids of the very connected entities the path passes through (<see cref="Ranking.Hubs"/>), in path order.</param>
/// <param name="Explanation">All of it in a few sentences a journalist can read.</param>
public sealed record PathStrength(int Score, int? WeakestStep, PathThrough Through, IReadOnlyList<TieStrength> Steps, IReadOnlyList<string> Hubs, string Explanation);
