using Extractor.Core.Text;

namespace Extractor.Core.Tests.Text;

public sealed class EnglishTextFacts
{
    private const string English =
        "The army said on Monday that its troops had taken control of the town after two days of fighting with the rebels, " +
        "who have held the area since last year. The governor of the province asked residents to stay at home while soldiers " +
        "searched for weapons, and said that schools would remain closed for the rest of the week.";

    private const string Indonesian =
        "Pemerintah daerah mengumumkan bahwa sekolah akan tetap ditutup selama satu minggu setelah banjir besar melanda kota " +
        "tersebut pada hari Senin. Warga diminta untuk tetap berada di rumah sementara petugas membersihkan jalan dan " +
        "memperbaiki jembatan yang rusak akibat arus sungai yang deras sejak akhir pekan lalu menurut kepala dinas setempat.";

    private const string German =
        "Die Regierung teilte am Montag mit, dass die Schulen nach dem schweren Hochwasser in der Stadt eine Woche lang " +
        "geschlossen bleiben. Die Bewohner wurden gebeten, zu Hause zu bleiben, während Helfer die Straßen räumen und die " +
        "beschädigte Brücke reparieren, die seit dem Wochenende von der starken Strömung des Flusses getroffen wurde.";

    [Fact]
    public void IsLikely_AcceptsEnglishProse()
    {
        Assert.True(EnglishText.IsLikely(English));
    }

    [Theory]
    [InlineData(Indonesian)]
    [InlineData(German)]
    [InlineData("ハルキウの市長によると、ロシアの攻撃で住宅が被害を受け、三人が死亡し四十一人が負傷した。市当局は避難所を開設し、住民に地下鉄の駅に避難するよう呼びかけた。")]
    public void IsLikely_RejectsProseInAnotherLanguage(string text)
    {
        Assert.False(EnglishText.IsLikely(text));
    }

    [Fact]
    public void IsLikely_TakesATextTooShortToJudgeAsEnglish()
    {
        Assert.True(EnglishText.IsLikely("Gunmen attack police station in Kano"));
    }
}
