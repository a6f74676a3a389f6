namespace BookingOps.Domain.Documents;

/// <summary>The two papers documents print on: an A4 page, or an 80 mm thermal roll.</summary>
public enum PaperFormat
{
    A4 = 1,
    Thermal = 2,
}
