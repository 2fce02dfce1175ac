namespace PropertyOps.Rules.Sla;

/// <summary>
/// The condition a conditional duty is owed under. The regulation makes three duties conditional ("if it cannot…"): the
/// clock of such a duty counts only once its condition holds; a duty whose condition never arises is not applicable
/// (never late), and one whose due has passed while its condition is still undecided is <see cref="DeadlineStatus.AtRisk"/>.
/// </summary>
public enum DutyCondition
{
    /// <summary>The duty is always owed once its clock starts.</summary>
    None = 0,

    /// <summary>
    /// C5 (若遇特殊情况…不能按规定时间完成工作的): owed only if the complaint is not finished by its handling deadline. It holds
    /// once the department reports a delay (it has said itself that it cannot finish on time; the report is then judged by
    /// when it was made), or once the handling deadline passes with the complaint unresolved; without a report it lapses
    /// when the complaint is resolved at or before the deadline.
    /// </summary>
    NotFinishedByHandlingDeadline = 1,

    /// <summary>
    /// C7 (遇不能解决之重要重大事项): owed only if the management office cannot resolve the matter. It holds once the office
    /// head records that (or escalates); it lapses when the matter is resolved without either.
    /// </summary>
    OfficeCannotResolve = 2,

    /// <summary>
    /// C8 (遇不能协调解决的): owed only if the company leader cannot coordinate the matter. It holds once the leader records
    /// that (or phones the board); it lapses when the matter is resolved without either.
    /// </summary>
    LeaderCannotCoordinate = 3,
}
