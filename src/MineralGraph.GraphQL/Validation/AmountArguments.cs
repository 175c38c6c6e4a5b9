using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using MineralGraph.Domain.Model;

namespace MineralGraph.GraphQL.Validation;

/// <summary>
/// A <c>minAmount</c> whose unit is not one (the domain's <see cref="Amounts.UnitProblem"/>) is refused while the
/// document is validated, as a 400 naming the argument, rather than failing inside the store.
/// </summary>
public static class AmountArguments
{
    public static void UnitChecked(this QueryArgument argument) =>
        argument.Validate(value =>
        {
            if (value is AmountBound bound && Amounts.UnitProblem(bound.Unit) is { } problem)
                throw new ValidationError($"{argument.Name}.unit: {problem}") { Code = Errors.ErrorCodes.BadUserInput };
        });
}
