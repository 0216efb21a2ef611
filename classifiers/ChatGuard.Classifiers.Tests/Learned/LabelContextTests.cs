using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

public class LabelContextTests
{
    private static readonly TextNormalizer Normalizer = new();

    private static bool HasContext(string text) => LabelContext.Has(Labels.Abuse, Normalizer.Normalize(text).Text);

    // Made-up comments in COLD's style: the group is named by a region or a gender word alone.
    [Theory]
    [InlineData("女性凭什么要和男性平权？")]
    [InlineData("河南的就是素质低")]
    [InlineData("说到底还是歧视亚裔")]
    [InlineData("這種男人又無恥又噁心")]
    [InlineData("those immigrants again")]
    public void A_group_named_as_the_subject_is_context(string text) => Assert.True(HasContext(text));

    // Shop talk naming whom a product is for, or no group at all.
    [Theory]
    [InlineData("这款面霜男性也能用吗？女性用的是哪一款")]
    [InlineData("女生穿L码会不会太大")]
    [InlineData("女的用这个颜色好看还是男的用")]
    [InlineData("男孩子适合哪个尺码")]
    [InlineData("买给老婆的生日礼物，麻烦包装好")]
    [InlineData("请问什么时候发货")]
    public void Whom_a_product_is_for_is_not_context(string text) => Assert.False(HasContext(text));

    [Fact]
    public void Only_the_abuse_label_has_context() =>
        Assert.False(LabelContext.Has(Labels.Counterfeit, Normalizer.Normalize("河南的就是素质低").Text));
}
