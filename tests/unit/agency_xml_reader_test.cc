#include "agency_xml_reader.h"

#include <gtest/gtest.h>

#include "command_runner.h"
#include "input_files.h"
#include "line_reader.h"
#include "publication_date.h"
#include "recording_problems.h"

namespace newsindex {
namespace {

namespace fs = std::filesystem;
using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;
using Metadata = std::vector<std::pair<std::string, std::string>>;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

std::vector<Article> read_agency_text(const std::string& xml, RecordingProblems& problems,
                                      const ReaderOptions& options = {}) {
  TempFolder folder;
  write_file(folder / "story.xml", xml);
  AgencyXmlReader reader(folder / "story.xml", "story.xml", problems, options);
  std::vector<Article> articles;
  while (auto article = reader.next()) articles.push_back(std::move(*article));
  return articles;
}

std::string problems_text(const RecordingProblems& problems) {
  std::string text;
  for (const auto& problem : problems.problems)
    text += problem.where + ": " + problem.reason + "\n";
  return text;
}

const std::string kNitf = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.2/specification/dtd/nitf-3-2.dtd">
<nitf xml:lang="en-GB">
  <head>
    <title>Summit ends (head title)</title>
    <tobject tobject.type="news">
      <tobject.subject tobject.subject.refnum="11000000" tobject.subject.type="Politics"/>
      <tobject.subject tobject.subject.type="Economy, Business &amp; Finance"/>
    </tobject>
    <docdata>
      <doc-id id-string="AP-2003-0612-001" regsrc="AP"/>
      <date.issue norm="20030612T213000+0200"/>
      <key-list><keyword key="summit"/><keyword key="trade"/></key-list>
    </docdata>
    <pubdata type="web" name="Harbour Wire" position.section="World"
             ex-ref="https://wire.example/summit"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Leaders agree on trade</hl1><hl2>A subtitle</hl2></hedline>
      <byline>By <person>Jane Doe</person>, <byttl>AP Writer</byttl></byline>
      <dateline><location><city>BRUSSELS</city></location>, <story.date norm="20030612">June 12</story.date></dateline>
    </body.head>
    <body.content>
      <p><person><name.given>Barack</name.given> <name.family>Obama</name.family></person> met
         the head of the <org>European Commission</org> in <location>Brussels</location>.</p>
      <block><p>Talks at the <event>G8 summit</event> went on&#8230; &mdash; until late.</p></block>
      <media media-type="image"><media-reference source="pic.jpg"/><media-caption>A caption.</media-caption></media>
      <p>Again <person>Barack Obama</person> spoke.</p>
    </body.content>
  </body>
</nitf>
)";

TEST(AgencyXmlReader, ReadsANitfStoryWithItsAnnotations) {
  RecordingProblems problems;
  auto articles = read_agency_text(kNitf, problems);
  ASSERT_EQ(articles.size(), 1u) << problems_text(problems);
  EXPECT_TRUE(problems.problems.empty()) << problems_text(problems);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "AP-2003-0612-001");
  EXPECT_EQ(a.title, "Leaders agree on trade");
  EXPECT_EQ(a.source, "Harbour Wire");
  EXPECT_EQ(a.url, "https://wire.example/summit");
  EXPECT_EQ(a.section, "World");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jane Doe"});
  ASSERT_TRUE(a.date);
  // date.issue's norm, an evening at +02:00: the writer's day, the UTC instant.
  EXPECT_EQ(a.date->day, year_month_day(year{2003}, month{6}, day{12}));
  EXPECT_EQ(a.date->instant, std::chrono::sys_days{year{2003} / 6 / 12} + std::chrono::hours{19} +
                                 std::chrono::minutes{30});
  EXPECT_EQ(a.text,
            "Barack Obama met the head of the European Commission in Brussels.\n\n"
            "Talks at the G8 summit went on\u2026 \u2014 until late.\n\n"
            "A caption.\n\n"
            "Again Barack Obama spoke.");
  EXPECT_EQ(a.metadata, (Metadata{{"subject", "11000000"},
                                  {"subject", "Economy, Business & Finance"},
                                  {"keyword", "summit"},
                                  {"keyword", "trade"},
                                  {"person", "Jane Doe"},
                                  {"location", "BRUSSELS"},
                                  {"person", "Barack Obama"},
                                  {"org", "European Commission"},
                                  {"location", "Brussels"},
                                  {"event", "G8 summit"}}));
  EXPECT_EQ(a.origin.to_string(), "story.xml:3");
}

TEST(AgencyXmlReader, NitfBylineWithoutPersonsAndDatesFromTheDateline) {
  RecordingProblems problems;
  auto articles = read_agency_text(R"(<nitf><head><title>Head title</title></head><body>
<body.head><byline>By Ann Lee and Bo Chen, <byttl>Staff</byttl></byline>
<dateline>PARIS, <story.date norm="20250412T0930Z">April 12</story.date></dateline></body.head>
<body.content><p>Text.</p></body.content></body></nitf>)",
                                   problems);
  ASSERT_EQ(articles.size(), 1u) << problems_text(problems);
  const Article& a = articles[0];
  EXPECT_EQ(a.title, "Head title");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee", "Bo Chen"}));
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->text, "2025-04-12T09:30:00Z");
  EXPECT_TRUE(a.id.starts_with("content-")) << a.id;
}

TEST(AgencyXmlReader, AnUnreadableNitfDateIsDroppedAtItsLine) {
  RecordingProblems problems;
  auto articles = read_agency_text(R"(<nitf><head><docdata>
<date.issue norm="someday"/></docdata></head>
<body><body.content><p>Text.</p></body.content></body></nitf>)",
                                   problems);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_FALSE(articles[0].date);
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kDropped);
  EXPECT_EQ(problems.problems[0].where, "story.xml:2");
  EXPECT_NE(problems.problems[0].reason.find("\"someday\""), std::string::npos);
}

TEST(AgencyXmlReader, ANitfDocumentWithoutBodyTextIsSkipped) {
  RecordingProblems problems;
  auto articles = read_agency_text(
      "<nitf><body><body.head><hedline><hl1>Only a headline</hl1></hedline></body.head>"
      "</body></nitf>",
      problems);
  EXPECT_TRUE(articles.empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_NE(problems.problems[0].reason.find("no text"), std::string::npos);
}

const std::string kNewsMessage = R"(<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2025-04-11T10:00:00Z</sent></header>
  <itemSet>
    <newsItem guid="urn:newsml:wire.example:20250411:text-1" version="3" xml:lang="en">
      <itemMeta>
        <itemClass qcode="ninat:text"/>
        <provider qcode="nprov:WIRE" literal="Wire Service"/>
        <versionCreated>2025-04-12T08:00:00Z</versionCreated>
        <firstCreated>2025-04-11T09:00:00Z</firstCreated>
        <link rel="irel:seeAlso" href="https://wire.example/other"/>
        <link href="https://wire.example/stories/1"/>
      </itemMeta>
      <contentMeta>
        <contentCreated>2025-04-10T22:30:00-04:00</contentCreated>
        <located qcode="geo:5128581"><name>New York</name></located>
        <subject type="cpnat:abstract" qcode="medtop:20000763"><name>trade</name></subject>
        <subject type="cpnat:person" qcode="wirep:123"><name>Katrin Müller</name></subject>
        <subject type="cpnat:organisation" literal="Acme Chips"/>
        <subject type="cpnat:geoArea" qcode="geo:2950159"><name>Berlin</name></subject>
        <subject type="cpnat:poi"><name>Brandenburg Gate</name></subject>
        <headline>Chip plant opens</headline>
        <by>By Owen Price</by>
        <keyword>chips</keyword>
        <language tag="en-US"/>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/nitf+xml">
          <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
            <body><body.content>
              <p>The plant in <location>Dresden</location> opened.</p>
              <p>It employs 2,000 people.</p>
            </body.content></body>
          </nitf>
        </inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
  <itemSet>
    <newsItem guid="urn:newsml:wire.example:20250411:pic-1" standard="NewsML-G2">
      <itemMeta><itemClass qcode="ninat:picture"/>
        <versionCreated>2025-04-11T09:00:00Z</versionCreated></itemMeta>
      <contentMeta><headline>The plant</headline></contentMeta>
      <contentSet><remoteContent href="plant.jpg" contenttype="image/jpeg"/></contentSet>
    </newsItem>
    <newsItem guid="urn:newsml:wire.example:20250411:text-2" standard="NewsML-G2">
      <itemMeta><itemClass qcode="ninat:text"/>
        <versionCreated>2025-04-13T07:00:00Z</versionCreated></itemMeta>
      <contentMeta><headline>XHTML story</headline>
        <infoSource literal="Partner Agency"/></contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+xml">
          <html xmlns="http://www.w3.org/1999/xhtml"><head><title>ignored</title></head>
            <body><h1>XHTML story</h1><p>First.</p><script>x()</script><p>Second.</p></body></html>
        </inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
)";

TEST(AgencyXmlReader, ReadsTheTextItemsOfANewsMessageAndPassesOverPictures) {
  RecordingProblems problems;
  auto articles = read_agency_text(kNewsMessage, problems);
  ASSERT_EQ(articles.size(), 2u) << problems_text(problems);
  ASSERT_EQ(problems.problems.size(), 1u) << problems_text(problems);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(problems.problems[0].where, "story.xml:40");
  EXPECT_NE(problems.problems[0].reason.find("urn:newsml:wire.example:20250411:pic-1"),
            std::string::npos);
  EXPECT_NE(problems.problems[0].reason.find("picture"), std::string::npos);

  const Article& a = articles[0];
  EXPECT_EQ(a.id, "urn:newsml:wire.example:20250411:text-1");
  EXPECT_EQ(a.title, "Chip plant opens");
  EXPECT_EQ(a.text, "The plant in Dresden opened.\n\nIt employs 2,000 people.");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Owen Price"});
  EXPECT_EQ(a.source, "Wire Service");
  EXPECT_EQ(a.url, "https://wire.example/stories/1");
  EXPECT_EQ(a.language, "en");
  ASSERT_TRUE(a.date);
  // contentCreated, not the later versionCreated; its day as written in New York.
  EXPECT_EQ(a.date->day, year_month_day(year{2025}, month{4}, day{10}));
  EXPECT_EQ(a.date->text, "2025-04-10T22:30:00-04:00");
  EXPECT_EQ(a.metadata, (Metadata{{"location", "New York"},
                                  {"subject", "medtop:20000763"},
                                  {"person", "Katrin Müller"},
                                  {"org", "Acme Chips"},
                                  {"location", "Berlin"},
                                  {"location", "Brandenburg Gate"},
                                  {"keyword", "chips"},
                                  {"location", "Dresden"}}));
  EXPECT_EQ(a.origin.to_string(), "story.xml:5");

  const Article& b = articles[1];
  EXPECT_EQ(b.title, "XHTML story");
  EXPECT_EQ(b.text, "XHTML story\n\nFirst.\n\nSecond.");
  EXPECT_EQ(b.source, "Partner Agency");
  ASSERT_TRUE(b.date);
  EXPECT_EQ(b.date->text, "2025-04-13T07:00:00Z");
}

TEST(AgencyXmlReader, ReadsABareNewsItemWithInlineData) {
  RecordingProblems problems;
  auto articles =
      read_agency_text(R"(<newsItem guid="g1" xmlns="http://iptc.org/std/nar/2006-10-01/">
<itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:REUTERS"/>
<versionCreated>2025-01-02T03:04:05Z</versionCreated></itemMeta>
<contentMeta><headline>Plain</headline><creator><name>Lee Park</name></creator></contentMeta>
<contentSet><inlineData contenttype="text/plain">Line one
continues.

Paragraph two.</inlineData></contentSet></newsItem>)",
                       problems);
  ASSERT_EQ(articles.size(), 1u) << problems_text(problems);
  const Article& a = articles[0];
  EXPECT_EQ(a.text, "Line one continues.\n\nParagraph two.");
  // A provider known by its code only is named by the code.
  EXPECT_EQ(a.source, "REUTERS");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Lee Park"});
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->text, "2025-01-02T03:04:05Z");
}

TEST(AgencyXmlReader, ATextItemWhoseContentIsElsewhereIsSkipped) {
  RecordingProblems problems;
  auto articles = read_agency_text(R"(<newsItem guid="g2"><itemMeta><itemClass qcode="ninat:text"/>
</itemMeta><contentSet><remoteContent href="story.txt"/></contentSet></newsItem>)",
                                   problems);
  EXPECT_TRUE(articles.empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].where, "story.xml:1");
  EXPECT_NE(problems.problems[0].reason.find("remoteContent"), std::string::npos);
}

TEST(AgencyXmlReader, ANotWellFormedMessageKeepsTheItemsBeforeTheBreak) {
  std::string cut = kNewsMessage.substr(
      0, kNewsMessage.find("<newsItem guid=\"urn:newsml:wire.example:20250411:pic-1\""));
  cut += "<newsItem guid=\"broken\"><contentMeta><headline>Cut";
  RecordingProblems problems;
  auto articles = read_agency_text(cut, problems);
  ASSERT_GE(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "urn:newsml:wire.example:20250411:text-1");
  ASSERT_FALSE(problems.problems.empty());
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_NE(problems.problems[0].reason.find("not well-formed XML"), std::string::npos);
  EXPECT_EQ(problems.problems[0].where, "story.xml:40");
}

TEST(AgencyXmlReader, IsTheReaderOpenedForNitfAndNewsMlFiles) {
  TempFolder folder;
  write_file(folder / "a.nitf", kNitf);
  write_file(folder / "b.xml", kNewsMessage);
  RecordingProblems problems;
  for (const char* name : {"a.nitf", "b.xml"}) {
    auto format = input_format(folder / name);
    ASSERT_TRUE(format);
    InputFile file{folder / name, name, *format, 0};
    auto reader = open_reader(file, problems);
    auto article = reader->next();
    ASSERT_TRUE(article) << name << problems_text(problems);
    EXPECT_FALSE(article->metadata.empty()) << name;
  }
}

TEST(AgencyXmlReader, APackageItemAloneHasNothingToRead) {
  RecordingProblems problems;
  auto articles = read_agency_text(
      R"(<packageItem guid="p"><groupSet><group><itemRef residref="x"/></group></groupSet></packageItem>)",
      problems);
  EXPECT_TRUE(articles.empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_NE(problems.problems[0].reason.find("packageItem"), std::string::npos);
}

TEST(AgencyXmlReader, FallbackDateForAStoryWithoutOne) {
  ReaderOptions options;
  options.fallback_date = parse_publication_day("2024-02-03");
  RecordingProblems problems;
  auto articles = read_agency_text(
      "<nitf><body><body.content><p>Undated.</p></body.content></body></nitf>", problems, options);
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_TRUE(articles[0].date);
  EXPECT_EQ(articles[0].date->text, "2024-02-03");
}

}  // namespace
}  // namespace newsindex
