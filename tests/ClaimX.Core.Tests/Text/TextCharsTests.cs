using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Text;

public class TextCharsTests
{
    [Fact]
    public void Inline_case_tests_answer_as_char_IsUpper_and_IsLower_for_every_UTF16_unit()
    {
        var wrong = new List<int>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (TextChars.IsUpper((char)c) != char.IsUpper((char)c) || TextChars.IsLower((char)c) != char.IsLower((char)c))
            {
                wrong.Add(c);
            }
        }

        wrong.Should().BeEmpty();
    }
}
