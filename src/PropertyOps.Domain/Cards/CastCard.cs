namespace PropertyOps.Domain.Cards;

/// <summary>
/// A cast card reduced to what a count needs: the household's position in the estate's roster, the target and the
/// colour. Eight bytes, so a city's month of cards counts at memory speed.
/// </summary>
/// <param name="Household">The household's position, 0 to the estate's household count − 1.</param>
/// <param name="Target">Whom it judges.</param>
/// <param name="Colour">Its colour.</param>
public readonly record struct CastCard(int Household, CardTarget Target, CardColour Colour);
