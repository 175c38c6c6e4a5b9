using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace MineralGraph.GraphQL.Validation;

/// <summary>
/// Caps on number arguments (their values are <see cref="Domain.Store.QueryCaps"/>), checked while the document is
/// validated (before anything runs), so a request over a cap is a 400 validation error that names the cap:
/// "depth must be at most 3".
/// </summary>
public static class ArgumentLimits
{

    /// <summary>Rejects values outside [min, max] with a message naming the argument and the bound.</summary>
    public static void Between(this QueryArgument argument, int min, int max) =>
        argument.Validate(value =>
        {
            var n = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            if (n > max) throw new ValidationError($"{argument.Name} must be at most {max}") { Code = Errors.ErrorCodes.ArgumentOutOfRange };
            if (n < min) throw new ValidationError($"{argument.Name} must be at least {min}") { Code = Errors.ErrorCodes.ArgumentOutOfRange };
        });

    /// <summary>Rejects lists longer than <paramref name="max"/>.</summary>
    public static void AtMostItems(this QueryArgument argument, int max) =>
        argument.Validate(value =>
        {
            if (value is System.Collections.ICollection { Count: var count } && count > max)
                throw new ValidationError($"{argument.Name} must hold at most {max} items") { Code = Errors.ErrorCodes.ArgumentOutOfRange };
        });
}
