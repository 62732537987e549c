namespace Audiobook.Dashboard.Books;

/// <summary>What rendering a book would cost before anything is spent, and what the publisher has left this month.</summary>
/// <param name="Model">The realtime model priced.</param>
/// <param name="Region">The pricing region (<c>cn</c> or <c>intl</c>).</param>
/// <param name="BilledCharacters">Characters as the service bills them, nothing taken from the cache.</param>
/// <param name="PricePerTenThousand">The model's price per 10,000 billed characters.</param>
/// <param name="Currency">The price's currency.</param>
/// <param name="Cost">The whole book at that price.</param>
/// <param name="EstimatedSeconds">The audio's estimated duration.</param>
/// <param name="BudgetCharacters">The publisher's monthly budget (null: none).</param>
/// <param name="UsedThisMonth">Billed characters used or committed this month.</param>
/// <param name="BudgetLeft">What is left of the budget (null: no budget).</param>
public sealed record BookEstimate(
    string Model,
    string Region,
    long BilledCharacters,
    decimal PricePerTenThousand,
    string Currency,
    decimal Cost,
    double EstimatedSeconds,
    long? BudgetCharacters,
    long UsedThisMonth,
    long? BudgetLeft)
{
    /// <summary>True when the budget cannot take the whole book.</summary>
    public bool OverBudget => BudgetLeft is { } left && BilledCharacters > left;
}
