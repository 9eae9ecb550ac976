#include "feed_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "command_runner.h"
#include "input_files.h"
#include "line_reader.h"
#include "publication_date.h"
#include "recording_problems.h"
#include "xml_document.h"

namespace newsindex {
namespace {

namespace fs = std::filesystem;
using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;
using Metadata = std::vector<std::pair<std::string, std::string>>;

std::vector<Article> read_feed(const fs::path& path, RecordingProblems& problems,
                               const ReaderOptions& options = {}) {
  FeedReader reader(path, "feed.xml", problems, options);
  std::vector<Article> articles;
  while (auto article = reader.next()) articles.push_back(std::move(*article));
  return articles;
}

std::vector<Article> read_feed_text(const std::string& xml, RecordingProblems& problems,
                                    const ReaderOptions& options = {}) {
  TempFolder folder;
  write_file(folder / "feed.xml", xml);
  return read_feed(folder / "feed.xml", problems, options);
}

void write_gzip(const fs::path& path, const std::string& contents) {
  gzFile out = gzopen(path.c_str(), "wb");
  ASSERT_NE(out, nullptr);
  gzwrite(out, contents.data(), static_cast<unsigned>(contents.size()));
  gzclose(out);
}

std::string problems_text(const RecordingProblems& problems) {
  std::string text;
  for (const auto& problem : problems.problems)
    text += problem.where + ": " + problem.reason + "\n";
  return text;
}

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

// An RSS 2.0 feed as real ones are: double-escaped entities and HTML entities in titles, HTML
// in CDATA with a script in it, authors as e-mail addresses, several categories.
const std::string kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Harbour &amp;amp; Times</title>
  <link>https://harbour.example/</link>
  <atom:link href="https://harbour.example/feed" rel="self" type="application/rss+xml"/>
  <language>en-us</language>
  <item>
    <title>Tom &amp;amp; Jerry&#8217;s&nbsp;harbour tour</title>
    <link>https://harbour.example/tour</link>
    <guid isPermaLink="false">harbour-1234</guid>
    <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
    <author>jdoe@example.com (Jane Doe)</author>
    <dc:creator>John Roe</dc:creator>
    <category>Local</category>
    <category>Ports</category>
    <category>Tourism</category>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The harbour in <b>Gdansk</b> reopened.</p><script>track("x");</script><p>Ferries&nbsp;run again.</p>]]></content:encoded>
  </item>
  <item>
    <title>Escaped description</title>
    <link>https://harbour.example/second</link>
    <pubDate>Wed, 11 Jun 2003 23:30:00 +0200</pubDate>
    <description>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second &amp;amp; last.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
)";

TEST(FeedReader, ReadsEveryFieldOfAnRssItem) {
  RecordingProblems problems;
  auto articles = read_feed_text(kRss, problems);
  ASSERT_EQ(articles.size(), 2u) << problems_text(problems);
  EXPECT_TRUE(problems.problems.empty()) << problems_text(problems);
  const Article& a = articles[0];
  EXPECT_EQ(a.title, "Tom & Jerry\u2019s harbour tour");
  EXPECT_EQ(a.url, "https://harbour.example/tour");
  EXPECT_EQ(a.id, "harbour-1234");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->text, "2003-06-10T04:00:00Z");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(a.section, "Local");
  EXPECT_EQ(a.metadata, (Metadata{{"category", "Ports"}, {"category", "Tourism"}}));
  EXPECT_EQ(a.source, "Harbour & Times");
  EXPECT_EQ(a.language, "en");
  // content:encoded wins over the description; the script is no text.
  EXPECT_EQ(a.text, "The harbour in Gdansk reopened.\n\nFerries run again.");
  EXPECT_EQ(a.origin.to_string(), "feed.xml:9");
}

TEST(FeedReader, ReducesAnEscapedHtmlDescriptionToParagraphs) {
  RecordingProblems problems;
  auto articles = read_feed_text(kRss, problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[1].text, "First paragraph.\n\nSecond & last.");
  // Without a guid the link is the id.
  EXPECT_EQ(articles[1].id, "https://harbour.example/second");
  EXPECT_TRUE(articles[1].authors.empty());
  EXPECT_TRUE(articles[1].section.empty());
}

TEST(FeedReader, AnEveningDateWithAnOffsetIsOnTheWritersDay) {
  RecordingProblems problems;
  auto articles = read_feed_text(kRss, problems);
  ASSERT_EQ(articles.size(), 2u);
  const auto& date = articles[1].date;
  ASSERT_TRUE(date);
  // 23:30 at +02:00 on June 11 is 21:30 UTC: the day stays June 11, the instant is UTC.
  EXPECT_EQ(date->day, year_month_day(year{2003}, month{6}, day{11}));
  EXPECT_EQ(date->instant, std::chrono::sys_days{year{2003} / 6 / 11} + std::chrono::hours{21} +
                               std::chrono::minutes{30});
  // The same evening in New York is the next day in UTC, but the writer's day still.
  auto west = read_feed_text(R"(<rss><channel><item><title>T</title><description>x</description>
<pubDate>Wed, 11 Jun 2003 22:15:00 EDT</pubDate></item></channel></rss>)",
                             problems);
  ASSERT_EQ(west.size(), 1u);
  ASSERT_TRUE(west[0].date);
  EXPECT_EQ(west[0].date->day, year_month_day(year{2003}, month{6}, day{11}));
  EXPECT_EQ(west[0].date->instant, std::chrono::sys_days{year{2003} / 6 / 12} +
                                       std::chrono::hours{2} + std::chrono::minutes{15});
}

TEST(FeedReader, ReadsAtomWithXhtmlContentAndAnHtmlSummary) {
  const std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-AT">
  <title type="text">Elbe-Kurier</title>
  <author><name>Redaktion</name></author>
  <entry>
    <title type="html">Kanzler &lt;em&gt;gew&#228;hlt&lt;/em&gt;</title>
    <link rel="self" href="https://elbe.example/api/1"/>
    <link rel="alternate" type="text/html" href="https://elbe.example/kanzler"/>
    <id>tag:elbe.example,2025:1</id>
    <updated>2025-05-07T08:00:00Z</updated>
    <published>2025-05-06T17:45:00+02:00</published>
    <author><name>Anna Berger</name></author>
    <category term="politik" label="Politik"/>
    <category term="bundestag"/>
    <summary type="html">&lt;p&gt;Kurz.&lt;/p&gt;</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Friedrich Merz wurde <b>gewählt</b>.</p><p>Zweiter Absatz.</p></div></content>
  </entry>
  <entry>
    <title>Nur Zusammenfassung</title>
    <link href="/zweiter"/>
    <id>tag:elbe.example,2025:2</id>
    <updated>2025-05-08T09:00:00Z</updated>
    <summary type="html">&lt;p&gt;Eine &lt;a href="x"&gt;Zusammenfassung&lt;/a&gt;.&lt;/p&gt;</summary>
  </entry>
</feed>
)";
  RecordingProblems problems;
  auto articles = read_feed_text(atom, problems);
  ASSERT_EQ(articles.size(), 2u) << problems_text(problems);
  EXPECT_TRUE(problems.problems.empty()) << problems_text(problems);
  const Article& a = articles[0];
  EXPECT_EQ(a.title, "Kanzler gewählt");
  EXPECT_EQ(a.text, "Friedrich Merz wurde gewählt.\n\nZweiter Absatz.");
  EXPECT_EQ(a.url, "https://elbe.example/kanzler");
  EXPECT_EQ(a.id, "tag:elbe.example,2025:1");
  ASSERT_TRUE(a.date);
  // published, not updated.
  EXPECT_EQ(a.date->text, "2025-05-06T17:45:00+02:00");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Anna Berger"});
  EXPECT_EQ(a.section, "Politik");
  EXPECT_EQ(a.metadata, (Metadata{{"category", "bundestag"}}));
  EXPECT_EQ(a.source, "Elbe-Kurier");
  EXPECT_EQ(a.language, "de");
  EXPECT_EQ(a.origin.to_string(), "feed.xml:5");

  const Article& b = articles[1];
  EXPECT_EQ(b.text, "Eine Zusammenfassung.");
  ASSERT_TRUE(b.date);
  EXPECT_EQ(b.date->text, "2025-05-08T09:00:00Z");
  // An entry without authors has the feed's.
  EXPECT_EQ(b.authors, std::vector<std::string>{"Redaktion"});
  // A link without rel is the alternate one.
  EXPECT_EQ(b.url, "/zweiter");
}

TEST(FeedReader, AtomTextContentIsNotReadAsHtml) {
  RecordingProblems problems;
  auto articles = read_feed_text(R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title>Less &lt;than</title><id>e1</id>
<content type="text">a &lt;b&gt; c

second paragraph</content></entry></feed>)",
                                 problems);
  ASSERT_EQ(articles.size(), 1u) << problems_text(problems);
  EXPECT_EQ(articles[0].title, "Less <than");
  EXPECT_EQ(articles[0].text, "a <b> c\n\nsecond paragraph");
}

TEST(FeedReader, AnUnreadableDateIsDroppedAndTheItemStillIndexed) {
  const std::string feed = R"(<rss><channel><title>F</title>
<item><title>Bad date</title><description>Text one.</description>
  <pubDate>the day before yesterday</pubDate></item>
<item><title>No date</title><description>Text two.</description></item>
</channel></rss>)";
  ReaderOptions options;
  options.fallback_date = parse_publication_day("2025-01-02");
  RecordingProblems problems;
  auto articles = read_feed_text(feed, problems, options);
  ASSERT_EQ(articles.size(), 2u);
  // A date given but unreadable is not replaced by --date.
  EXPECT_FALSE(articles[0].date);
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kDropped);
  EXPECT_EQ(problems.problems[0].where, "feed.xml:2");
  EXPECT_NE(problems.problems[0].reason.find("unparsable date \"the day before yesterday\""),
            std::string::npos)
      << problems.problems[0].reason;
  // An item without a date takes --date.
  ASSERT_TRUE(articles[1].date);
  EXPECT_EQ(articles[1].date->text, "2025-01-02");
}

TEST(FeedReader, AnItemWithoutContentIsSkippedAndTheOthersRead) {
  const std::string feed = R"(<rss><channel><title>F</title>
<item><title>First</title><description>One.</description></item>
<item><title>Only a title</title><link>https://x.example/2</link></item>
<item><title>Third</title><description>Three.</description></item>
<item><link>https://x.example/4</link></item>
</channel></rss>)";
  RecordingProblems problems;
  auto articles = read_feed_text(feed, problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].title, "First");
  EXPECT_EQ(articles[1].title, "Third");
  ASSERT_EQ(problems.problems.size(), 2u) << problems_text(problems);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].where, "feed.xml:3");
  EXPECT_NE(problems.problems[0].reason.find("no content or summary"), std::string::npos);
  EXPECT_EQ(problems.problems[1].where, "feed.xml:5");
  EXPECT_NE(problems.problems[1].reason.find("empty item"), std::string::npos);
}

TEST(FeedReader, ANotWellFormedFeedGivesOneWarningAndKeepsTheGoodItems) {
  const std::string feed = R"(<?xml version="1.0"?>
<rss><channel><title>Broken</title>
<item><title>Good one</title><description>Q&amp;A before.</description></item>
<item><title>Broken <b>tag</title><description>lost?</description></item>
<item><title>Good two</title><description>Q&amp;A after.</description></item>
<item><title>Cut off</title><description>The file ends here)";
  RecordingProblems problems;
  auto articles = read_feed_text(feed, problems);
  // One warning for the document, however many errors libxml2 recovered from; the broken item
  // itself may be skipped for what it lost.
  ASSERT_FALSE(problems.problems.empty());
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(problems.problems[0].where, "feed.xml:4");
  EXPECT_NE(problems.problems[0].reason.find("not well-formed XML"), std::string::npos);
  int warnings = 0;
  for (const auto& problem : problems.problems) {
    if (problem.kind == ProblemKind::kWarning) ++warnings;
    EXPECT_EQ(problem.where, "feed.xml:4") << problem.reason;
  }
  EXPECT_EQ(warnings, 1) << problems_text(problems);
  ASSERT_GE(articles.size(), 2u);
  EXPECT_EQ(articles[0].title, "Good one");
  EXPECT_EQ(articles[0].text, "Q&A before.");
  // The item after the broken one is still read, its entity reference intact.
  bool found_after = false;
  for (const Article& article : articles) {
    if (article.title == "Good two") {
      found_after = true;
      EXPECT_EQ(article.text, "Q&A after.");
    }
  }
  EXPECT_TRUE(found_after);
}

TEST(FeedReader, HtmlEntitiesAndStrayAmpersandsAreNotErrors) {
  const std::string feed = R"(<rss><channel><title>Caf&eacute; News</title>
<item><title>AT&T &mdash; earnings&hellip;</title>
<description>Profit&nbsp;rose at AT&T.</description></item>
</channel></rss>)";
  RecordingProblems problems;
  auto articles = read_feed_text(feed, problems);
  EXPECT_TRUE(problems.problems.empty()) << problems_text(problems);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "AT&T \u2014 earnings\u2026");
  EXPECT_EQ(articles[0].text, "Profit rose at AT&T.");
  EXPECT_EQ(articles[0].source, "Caf\u00E9 News");
}

TEST(FeedReader, ReadsAGzippedRssFile) {
  TempFolder folder;
  write_gzip(folder / "news.rss.gz", kRss);
  RecordingProblems problems;
  FeedReader reader(folder / "news.rss.gz", "news.rss.gz", problems, {});
  std::vector<Article> articles;
  while (auto article = reader.next()) articles.push_back(std::move(*article));
  ASSERT_EQ(articles.size(), 2u) << problems_text(problems);
  EXPECT_EQ(articles[0].id, "harbour-1234");
  // Progress is measured in the bytes stored: all of the compressed file once read.
  EXPECT_EQ(reader.bytes_consumed(), fs::file_size(folder / "news.rss.gz"));
}

TEST(FeedReader, IsTheReaderOpenedForRssAndAtomFiles) {
  TempFolder folder;
  write_file(folder / "a.atom",
             R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>)"
             R"(<entry><id>x1</id><title>T</title><summary>S</summary></entry></feed>)");
  write_file(folder / "b.xml", kRss);
  RecordingProblems problems;
  for (const char* name : {"a.atom", "b.xml"}) {
    auto format = input_format(folder / name);
    ASSERT_TRUE(format);
    InputFile file{folder / name, name, *format, 0};
    auto reader = open_reader(file, problems);
    auto article = reader->next();
    ASSERT_TRUE(article) << name << problems_text(problems);
    EXPECT_FALSE(article->text.empty());
  }
}

TEST(FeedReader, ReadsRss1WithItemsBesideTheChannel) {
  const std::string rdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://wire.example/"><title>Wire</title>
    <dc:language>fr</dc:language></channel>
  <item rdf:about="https://wire.example/a">
    <title>Premier</title><link>https://wire.example/a</link>
    <description>Texte.</description>
    <dc:date>2003-06-10T04:00:00+02:00</dc:date>
    <dc:creator>Marie Curie</dc:creator>
    <dc:subject>Science</dc:subject>
  </item>
</rdf:RDF>)";
  RecordingProblems problems;
  auto articles = read_feed_text(rdf, problems);
  ASSERT_EQ(articles.size(), 1u) << problems_text(problems);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "https://wire.example/a");
  EXPECT_EQ(a.title, "Premier");
  EXPECT_EQ(a.source, "Wire");
  EXPECT_EQ(a.language, "fr");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Marie Curie"});
  EXPECT_EQ(a.section, "Science");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->day, year_month_day(year{2003}, month{6}, day{10}));
}

TEST(FeedReader, UndeclaredPrefixesStillCount) {
  // Feeds that write dc:creator without declaring dc are common.
  RecordingProblems problems;
  auto articles = read_feed_text(
      R"(<rss><channel><title>F</title><item><title>T</title><dc:creator>Ann Lee</dc:creator>)"
      R"(<content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded><description>Teaser</description>)"
      R"(<foo:link>https://wrong.example/</foo:link><link>https://right.example/</link>)"
      R"(</item></channel></rss>)",
      problems);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_TRUE(problems.problems.empty()) << problems_text(problems);
  EXPECT_EQ(articles[0].authors, std::vector<std::string>{"Ann Lee"});
  EXPECT_EQ(articles[0].text, "Body");
  EXPECT_EQ(articles[0].url, "https://right.example/");
}

TEST(FeedReader, DerivesAStableIdWhenAnItemHasNeitherGuidNorLink) {
  const std::string item = "<item><title>T</title><description>Same text.</description></item>";
  RecordingProblems problems;
  auto articles = read_feed_text("<rss><channel>" + item + item + "</channel></rss>", problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_TRUE(articles[0].id.starts_with("content-")) << articles[0].id;
  EXPECT_EQ(articles[0].id, articles[1].id);
}

TEST(FeedReader, UsesAPermalinkGuidAsTheLink) {
  RecordingProblems problems;
  auto articles =
      read_feed_text(R"(<rss><channel><item><guid>https://x.example/p/1</guid><title>T</title>)"
                     R"(<description>D</description></item></channel></rss>)",
                     problems);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].url, "https://x.example/p/1");
  EXPECT_EQ(articles[0].id, "https://x.example/p/1");
}

TEST(FeedReader, InternalEntitiesAreExpandedButExternalOnesNeverRead) {
  TempFolder folder;
  write_file(folder / "secret.txt", "TOP-SECRET");
  const std::string feed = "<!DOCTYPE rss [\n<!ENTITY sep \"&#8211;\">\n<!ENTITY leak SYSTEM \"" +
                           (folder / "secret.txt").string() +
                           "\">\n]>\n<rss><channel><item><title>A &sep; B</title>"
                           "<description>Before &leak; after.</description></item></channel></rss>";
  RecordingProblems problems;
  auto articles = read_feed_text(feed, problems);
  ASSERT_EQ(articles.size(), 1u) << problems_text(problems);
  EXPECT_EQ(articles[0].title, "A \u2013 B");
  EXPECT_EQ(articles[0].text.find("TOP-SECRET"), std::string::npos) << articles[0].text;
}

TEST(FeedReader, NestedEntitiesAreNotExpandedIntoABillionLaughs) {
  std::string feed = "<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n";
  for (int level = 1; level <= 9; ++level) {
    std::string value;
    for (int i = 0; i < 10; ++i) value += "&lol" + std::to_string(level - 1) + ";";
    feed += "<!ENTITY lol" + std::to_string(level) + " \"" + value + "\">\n";
  }
  feed +=
      "]>\n<rss><channel><item><title>T</title><description>a &lol9; b</description></item>"
      "</channel></rss>";
  RecordingProblems problems;
  auto articles = read_feed_text(feed, problems);
  // 10^9 "lol"s would be 3 GB; the reference is left out instead.
  ASSERT_EQ(articles.size(), 1u) << problems_text(problems);
  EXPECT_LT(articles[0].text.size(), 100u);
}

TEST(FeedReader, AFeedWithoutItemsIsReportedOnce) {
  RecordingProblems problems;
  auto articles = read_feed_text("<rss><channel><title>Quiet</title></channel></rss>", problems);
  EXPECT_TRUE(articles.empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_NE(problems.problems[0].reason.find("no items"), std::string::npos);
}

TEST(FeedReader, FilesThatHoldNoXmlAreSkipped) {
  RecordingProblems problems;
  EXPECT_TRUE(read_feed_text("", problems).empty());
  EXPECT_TRUE(read_feed_text("just words, no markup", problems).empty());
  EXPECT_TRUE(read_feed_text("<html><body>not a feed</body></html>", problems).empty());
  ASSERT_EQ(problems.problems.size(), 3u) << problems_text(problems);
  for (const auto& problem : problems.problems) EXPECT_EQ(problem.kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].reason, "empty file");
  EXPECT_NE(problems.problems[1].reason.find("not XML"), std::string::npos);
  EXPECT_NE(problems.problems[2].reason.find("<html>"), std::string::npos);
}

TEST(FeedReader, AMissingFileIsAnInputError) {
  TempFolder folder;
  RecordingProblems problems;
  EXPECT_THROW(FeedReader(folder / "absent.rss", "absent.rss", problems, {}), InputError);
}

TEST(FeedReader, ReadsAFeedInLatin1AsItsDeclarationSays) {
  RecordingProblems problems;
  auto articles = read_feed_text(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><item><title>Caf\xE9"
      "</title><description>Cr\xE8me</description></item></channel></rss>",
      problems);
  ASSERT_EQ(articles.size(), 1u) << problems_text(problems);
  EXPECT_EQ(articles[0].title, "Caf\u00E9");
  EXPECT_EQ(articles[0].text, "Cr\u00E8me");
}

TEST(XmlReferences, AreRepairedOutsideCdataAndCommentsOnly) {
  EXPECT_EQ(with_references_repaired("<t>a &nbsp; &amp; AT&T &#65; &unknown;</t>"),
            "<t>a &#160; &#38; AT&#38;T &#65; &unknown;</t>");
  EXPECT_EQ(with_references_repaired("<![CDATA[&nbsp; & x]]><!-- &amp; -->"),
            "<![CDATA[&nbsp; & x]]><!-- &amp; -->");
  EXPECT_EQ(with_references_repaired("<a href=\"?x=1&y=2\"/>"), "<a href=\"?x=1&#38;y=2\"/>");
  EXPECT_EQ(with_references_repaired("<!DOCTYPE r [<!ENTITY e 'v'>]><r>&e;</r>"),
            "<!DOCTYPE r [<!ENTITY e 'v'>]><r>v</r>");
}

}  // namespace
}  // namespace newsindex
