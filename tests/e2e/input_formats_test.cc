// Archive formats beyond JSON Lines and plain text, indexed with the real newsindex and searched
// with the real newsquery.
#include <zlib.h>

#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

TEST(CsvAndJsonInput, IndexesACsvWithColumnsAndAJsonArrayForSearch) {
  TempFolder folder;
  fs::path csv = folder / "in" / "clippings.csv";
  fs::path json = folder / "in" / "wire.json";
  write_file(csv,
             "Story,Headline,When,Agency\r\n"
             "\"The lighthouse keeper of Hel retired, after forty years.\r\n"
             "Her successor starts in June.\",Keeper retires,2025-04-02,Baltic Wire\r\n"
             "The ferry to Bornholm resumed its winter timetable.,Ferry timetable,2025-01-15,"
             "Harbour Times\r\n");
  write_file(
      json,
      "[\n"
      "  {\"id\": \"w-1\", \"title\": \"Glacier survey\", \"text\": \"Surveyors measured the "
      "Aletsch glacier again.\", \"date\": \"2025-06-01\", \"source\": \"Alpine Post\"},\n"
      "  {\"id\": \"w-2\", \"text\": \"Cable cars in Zermatt reopened.\"}\n"
      "]\n");
  fs::path index = folder / "index";
  CommandResult result = newsindex_add(index, {(folder / "in").string()},
                                       {"--columns", "text=Story,date=when,source=agency"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("4 articles from 2 files: 4 added"), std::string::npos) << result.err;

  Json keeper = search_json(index, {"lighthouse", "successor"});
  ASSERT_EQ(keeper["hits"].size(), 1u) << keeper;
  EXPECT_EQ(keeper["hits"][0]["title"], "Keeper retires");
  EXPECT_EQ(keeper["hits"][0]["date"], "2025-04-02");
  EXPECT_EQ(keeper["hits"][0]["source"], "Baltic Wire");
  EXPECT_EQ(total_of(index, {"source:\"harbour times\"", "bornholm"}), 1u);

  EXPECT_EQ(hit_ids(search_json(index, {"aletsch"})), std::vector<std::string>{"w-1"});
  EXPECT_EQ(hit_ids(search_json(index, {"zermatt"})), std::vector<std::string>{"w-2"});
  EXPECT_EQ(total_of(index, {}), 4u);
}

}  // namespace
}  // namespace newsindex::testing

// WARC input: a crawl written one gzip member per record, as crawlers write it.
namespace newsindex::testing {
namespace {
namespace warc_input {

std::string warc_record(const std::string& type, const std::string& uri,
                        const std::string& content_type, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type +
         "\r\nWARC-Date: 2025-04-14T09:30:00Z\r\nWARC-Target-URI: " + uri +
         "\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

void append_gzip_member(const std::filesystem::path& path, const std::string& data) {
  gzFile out = gzopen(path.c_str(), "ab");
  ASSERT_NE(out, nullptr);
  ASSERT_EQ(gzwrite(out, data.data(), static_cast<unsigned>(data.size())),
            static_cast<int>(data.size()));
  ASSERT_EQ(gzclose(out), Z_OK);
}

}  // namespace warc_input

TEST(WarcInput, IndexesTheArticleOfACrawledPageWithoutItsBoilerplate) {
  using warc_input::warc_record;
  TempFolder folder;
  const std::string uri = "https://coast.example/2025/04/hel-lighthouse";
  const std::string page =
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<title>Hel lighthouse goes dark | Coast Gazette</title>"
      "<meta property=\"og:site_name\" content=\"Coast Gazette\"></head><body>"
      "<div id=\"cookie-banner\"><p>We use cookies to improve your experience. Accept all "
      "cookies or manage your preferences.</p></div><nav><ul><li><a href=\"/news\">News</a>"
      "</li><li><a href=\"/horoscopes\">Horoscopes</a></li><li><a href=\"/weather\">Weather</a>"
      "</li></ul></nav><article><h1>Hel lighthouse goes dark</h1>"
      "<p>The lighthouse on the Hel peninsula was switched off on Monday for the first time in "
      "ninety years, while engineers replace the lamp and the clockwork that turns it.</p>"
      "<p>Ships passing the peninsula will be guided by a temporary beacon on the harbour wall "
      "until the work ends in May, the maritime office said in a statement.</p>"
      "<p>\"The old lamp served every sailor on this coast for generations,\" said Ewa Lis, the "
      "keeper, who has climbed its two hundred steps every evening for eleven years.</p>"
      "</article><footer><p>Copyright 2025 Coast Gazette.</p></footer></body></html>";
  const std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
      "Content-Length: " +
      std::to_string(page.size()) + "\r\n\r\n" + page;
  fs::path warc = folder / "in" / "crawl.warc.gz";
  fs::create_directories(warc.parent_path());
  for (const std::string& record :
       {warc_record("warcinfo", "", "application/warc-fields", "software: test-crawler\r\n"),
        warc_record("request", uri, "application/http; msgtype=request",
                    "GET /2025/04/hel-lighthouse HTTP/1.1\r\nHost: coast.example\r\n\r\n"),
        warc_record("response", uri, "application/http; msgtype=response", http),
        warc_record("response", "https://coast.example/logo.png",
                    "application/http; msgtype=response",
                    "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n")}) {
    warc_input::append_gzip_member(warc, record);
  }
  fs::path index = folder / "index";
  CommandResult result = newsindex_add(index, {warc.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("1 article from 1 file"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("3 records without an article passed over"), std::string::npos)
      << result.err;

  Json found = search_json(index, {"lighthouse", "peninsula"});
  ASSERT_EQ(found["hits"].size(), 1u) << found;
  EXPECT_EQ(found["hits"][0]["id"], uri);
  EXPECT_EQ(found["hits"][0]["title"], "Hel lighthouse goes dark");
  EXPECT_EQ(found["hits"][0]["source"], "Coast Gazette");
  EXPECT_EQ(total_of(index, {"keeper"}), 1u);
  // The cookie banner, the navigation bar and the footer are not the article's text.
  EXPECT_EQ(total_of(index, {"cookies"}), 0u);
  EXPECT_EQ(total_of(index, {"horoscopes"}), 0u);
  EXPECT_EQ(total_of(index, {"copyright"}), 0u);
}

// News feeds (RSS, Atom, gzipped) and agency XML (NITF, NewsML-G2) side by side in one folder.
TEST(FeedAndAgencyInput, IndexesFeedsAndAgencyStoriesForSearch) {
  TempFolder folder;
  fs::path in = folder / "in";
  write_file(in / "feeds" / "harbour.rss",
             R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Times</title><language>en-us</language>
<item><title>Ferry&nbsp;to Bornholm &amp;amp; back</title>
<link>https://harbour.example/ferry</link><guid isPermaLink="false">ht-ferry</guid>
<pubDate>Tue, 15 Apr 2025 22:30:00 +0200</pubDate><category>Ports</category>
<content:encoded><![CDATA[<p>The winter ferry to Bornholm resumed.</p><script>track()</script>]]></content:encoded>
</item>
<item><title>Lighthouse keeper retires</title><link>https://harbour.example/keeper</link>
<pubDate>Wed, 16 Apr 2025 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The lighthouse keeper of Hel retired.&lt;/p&gt;</description></item>
</channel></rss>
)");
  write_file(in / "feeds" / "ledger.atom",
             R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Elbe-Kurier</title>
<entry><id>ek-1</id><title>Elbphilharmonie feiert</title><published>2025-04-17T20:00:00+02:00</published>
<link href="https://elbe.example/1"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Die Elbphilharmonie feierte ihr Jubiläum.</p></div></content>
</entry></feed>
)");
  write_file(in / "agency" / "summit.nitf",
             R"(<?xml version="1.0"?>
<nitf xml:lang="en"><head>
<tobject><tobject.subject tobject.subject.refnum="11000000"/></tobject>
<docdata><doc-id id-string="MNS-42"/><date.issue norm="20250418T101500Z"/></docdata>
<pubdata name="Meridian News Service"/></head>
<body><body.head><hedline><hl1>Envoys meet in Riyadh</hl1></hedline>
<byline>By <person>Anouk de Vries</person></byline></body.head>
<body.content><p>Envoys from <org>Quillmark Holdings</org> met <person>Tarek Osei</person> in
<location>Riyadh</location> for ceasefire talks.</p></body.content></body></nitf>
)");
  write_file(in / "agency" / "message.xml",
             R"(<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="urn:newsml:example:text-1"><itemMeta><itemClass qcode="ninat:text"/>
<provider literal="Wire Service"/><versionCreated>2025-04-19T08:00:00Z</versionCreated></itemMeta>
<contentMeta><headline>Glacier survey</headline><subject type="cpnat:person"><name>Lena Aebi</name></subject></contentMeta>
<contentSet><inlineXML><nitf><body><body.content><p>Surveyors measured the Aletsch glacier.</p>
</body.content></body></nitf></inlineXML></contentSet></newsItem>
<newsItem guid="urn:newsml:example:pic-1"><itemMeta><itemClass qcode="ninat:picture"/>
<versionCreated>2025-04-19T08:00:00Z</versionCreated></itemMeta>
<contentSet><remoteContent href="glacier.jpg" contenttype="image/jpeg"/></contentSet></newsItem>
</itemSet></newsMessage>
)");
  fs::path index = folder / "index";
  CommandResult result = newsindex_add(index, {in.string()});
  // The picture is passed over with a warning, which does not fail the run.
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("5 articles from 4 files: 5 added"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("message.xml:7: warning: newsItem urn:newsml:example:pic-1: a picture"),
            std::string::npos)
      << result.err;

  Json ferry = search_json(index, {"bornholm"});
  ASSERT_EQ(ferry["hits"].size(), 1u) << ferry;
  EXPECT_EQ(ferry["hits"][0]["id"], "ht-ferry");
  EXPECT_EQ(ferry["hits"][0]["title"], "Ferry to Bornholm & back");
  // An evening at +02:00 is an article of the writer's day.
  EXPECT_EQ(ferry["hits"][0]["date"], "2025-04-15T22:30:00+02:00");
  EXPECT_EQ(ferry["hits"][0]["source"], "Harbour Times");
  EXPECT_EQ(ferry["hits"][0]["url"], "https://harbour.example/ferry");
  EXPECT_EQ(ferry["hits"][0]["language"], "en");
  EXPECT_EQ(total_of(index, {"track"}), 0u);  // the script in the content is no text

  EXPECT_EQ(hit_ids(search_json(index, {"lighthouse"})),
            std::vector<std::string>{"https://harbour.example/keeper"});
  EXPECT_EQ(hit_ids(search_json(index, {"Elbphilharmonie"})), std::vector<std::string>{"ek-1"});

  Json envoys = search_json(index, {"ceasefire"});
  ASSERT_EQ(envoys["hits"].size(), 1u) << envoys;
  const Json& story = envoys["hits"][0];
  EXPECT_EQ(story["id"], "MNS-42");
  EXPECT_EQ(story["title"], "Envoys meet in Riyadh");
  EXPECT_EQ(story["source"], "Meridian News Service");
  EXPECT_EQ(story["date"], "2025-04-18T10:15:00Z");
  ASSERT_TRUE(story.contains("metadata")) << story;
  EXPECT_EQ(story["metadata"]["subject"], Json::array({"11000000"})) << story;
  EXPECT_EQ(story["metadata"]["person"], Json::array({"Anouk de Vries", "Tarek Osei"})) << story;
  EXPECT_EQ(story["metadata"]["org"], Json::array({"Quillmark Holdings"})) << story;
  EXPECT_EQ(story["metadata"]["location"], Json::array({"Riyadh"})) << story;

  Json glacier = search_json(index, {"aletsch"});
  ASSERT_EQ(glacier["hits"].size(), 1u) << glacier;
  EXPECT_EQ(glacier["hits"][0]["id"], "urn:newsml:example:text-1");
  EXPECT_EQ(glacier["hits"][0]["source"], "Wire Service");
  EXPECT_EQ(glacier["hits"][0]["metadata"]["person"], Json::array({"Lena Aebi"}));
  EXPECT_EQ(total_of(index, {}), 5u);
}

TEST(FeedAndAgencyInput, ABrokenGzippedFeedIsReportedAtItsLineAndItsGoodItemsIndexed) {
  TempFolder folder;
  fs::path feed = folder / "broken.rss.gz";
  const std::string xml =
      "<?xml version=\"1.0\"?>\n"
      "<rss><channel><title>Wire</title>\n"
      "<item><guid>w-1</guid><title>Quarry</title><description>The quarry in Kalkberg "
      "closed.</description></item>\n"
      "<item><guid>w-2</guid><title>Mill</title><description>The mill in Oberau reopened, its "
      "wheel turning again";
  gzFile out = gzopen(feed.c_str(), "wb");
  ASSERT_NE(out, nullptr);
  gzwrite(out, xml.data(), static_cast<unsigned>(xml.size()));
  gzclose(out);
  fs::path index = folder / "index";
  CommandResult result = newsindex_add(index, {feed.string()});
  // What libxml2 recovered is indexed, with one warning at the line of the first error.
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("broken.rss.gz:4: warning: not well-formed XML"), std::string::npos)
      << result.err;
  EXPECT_EQ(hit_ids(search_json(index, {"kalkberg"})), std::vector<std::string>{"w-1"});
  EXPECT_EQ(hit_ids(search_json(index, {"oberau"})), std::vector<std::string>{"w-2"});
}

}  // namespace
}  // namespace newsindex::testing
