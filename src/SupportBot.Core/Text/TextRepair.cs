namespace SupportBot.Core.Text;

/// <summary>How a message's text was read before analysis.</summary>
public enum TextRepair
{
    /// <summary>Taken as written.</summary>
    None,

    /// <summary>Russian typed on the English keyboard layout, mapped back ("ghbdtn" → "привет").</summary>
    KeyboardLayout,

    /// <summary>Russian written in Latin letters, transliterated back ("pochta" → "почта").</summary>
    Transliteration,
}
