namespace PropertyOps.Rules.Fees;

/// <summary>What happens to a survey returned outside the quarter's collection window (F2: the last 5 days).</summary>
public enum LateSurveyHandling
{
    /// <summary>Counted, and the statement flags it.</summary>
    Flag = 1,

    /// <summary>Not counted: the owner is billed as a non-respondent, and the statement says why.</summary>
    Refuse = 2,
}
