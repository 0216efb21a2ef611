using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Classifiers.Tests.Abuse;

public class OffensiveCsvReaderTests
{
    private const string Davidson =
        ",count,hate_speech,offensive_language,neither,class,tweet\n" +
        "10,3,0,3,0,1,\"rude &amp; crude\nsecond line\"\n" +
        "21,3,0,0,3,2,nice day &#128514;\n" +
        "32,3,3,0,0,0,\"hateful, with a comma\"\n" +
        "43,3,0,0,3,2,plain\n";

    [Fact]
    public void Davidson_rows_go_to_the_split_their_index_names_and_entities_are_decoded()
    {
        var test = OffensiveCsvReader.Read(new StringReader(Davidson), DatasetRole.Test);
        var dev = OffensiveCsvReader.Read(new StringReader(Davidson), DatasetRole.Dev);
        var train = OffensiveCsvReader.Read(new StringReader(Davidson), DatasetRole.Train);

        Assert.Equal(new LabeledText("rude & crude\nsecond line", true), Assert.Single(test));
        Assert.Equal(new LabeledText("nice day 😂", false), Assert.Single(dev));
        Assert.Equal([new LabeledText("hateful, with a comma", true), new LabeledText("plain", false)], train);
    }

    [Fact]
    public void Cold_rows_are_read_whatever_the_role()
    {
        const string cold = ",split,topic,label,fine-grained-label,TEXT\n5,test,race,1,2,某些人就是这样\n5,test,gender,0,3,男女平等\n";

        var rows = OffensiveCsvReader.Read(new StringReader(cold), DatasetRole.Train);

        Assert.Equal([new LabeledText("某些人就是这样", true), new LabeledText("男女平等", false)], rows);
    }

    [Fact]
    public void An_unknown_layout_is_an_error()
    {
        Assert.Throws<InvalidDataException>(() => OffensiveCsvReader.Read(new StringReader("a,b\n1,2\n"), DatasetRole.Train));
    }
}
