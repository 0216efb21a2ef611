namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1/C4: the holder's name written right after a card-length number (<c>6222 0212 3456 7890 张三</c>,
/// <c>…，姓李</c>, <c>收款人刘芳</c>) makes it a card to pay into: an order or tracking number is never signed with a
/// person's name. A name is a holder word, or two or three Chinese characters opening with a common surname and
/// ending the clause (<c>6222… 发货了</c> names nobody).
/// </summary>
public static class CardHolderName
{
    // Words that introduce the holder (姓李 = "surname Li").
    private static readonly string[] HolderWords = ["收款人", "持卡人", "开户名", "户名", "姓名", "名字", "姓"];

    // The most common Chinese surnames, folded to simplified, less those that open everyday words after a number
    // (马上, 付款, 谢谢, 金额, 顾客, 方便, 周末…) or are numerals themselves (陆).
    private const string Surnames =
        "王李张刘陈杨黄赵吴徐孙朱胡郭林罗郑梁宋唐韩冯邓曹彭肖董袁潘蒋蔡杜苏魏吕丁沈姚卢姜崔钟谭汪范廖贾韦邹孟熊秦邱尹薛闫侯陶黎贺郝龚邵覃";

    /// <summary>Whether the holder's name follows the number ending at folded index <paramref name="end"/>.</summary>
    public static bool After(string folded, int end)
    {
        var i = end;
        for (var gap = 0; gap < 2 && i < folded.Length && folded[i] is ' ' or ',' or '，' or ':' or '：' or '、'; gap++) i++;
        if (i >= folded.Length) return false;
        var rest = folded.AsSpan(i);
        foreach (var word in HolderWords)
            if (rest.StartsWith(word, StringComparison.Ordinal) && rest.Length > word.Length && IsHan(rest[word.Length]))
                return true;
        if (Surnames.IndexOf(rest[0]) < 0) return false;
        var length = 1;
        while (length < rest.Length && IsHan(rest[length])) length++;
        return length is 2 or 3 && (length == rest.Length || !char.IsLetterOrDigit(rest[length]));
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
