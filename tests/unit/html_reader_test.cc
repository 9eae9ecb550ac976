#include "html_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "command_runner.h"
#include "html_text.h"
#include "input_files.h"
#include "recording_problems.h"

namespace newsindex {
namespace {

using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;

std::optional<Article> read_page(const std::string& html, RecordingProblems& problems,
                                 const std::string& name = "page.html") {
  TempFolder folder;
  write_file(folder / name, html);
  HtmlReader reader(folder / name, name, problems, ReaderOptions{});
  std::optional<Article> article = reader.next();
  EXPECT_FALSE(reader.next());
  return article;
}

std::string navigation_links(int count) {
  std::string links = "<nav><ul>";
  for (int i = 0; i < count; ++i) {
    links += "<li><a href=\"/section/" + std::to_string(i) + "\">Section number " +
             std::to_string(i) + "</a></li>";
  }
  return links + "</ul></nav>";
}

const char* kArticleParagraphs =
    "<p>The harbour in Gdansk reopened on Thursday after the storm that closed it for three "
    "days, the port authority said in a statement.</p>"
    "<p>Ships waiting offshore began entering the port in the morning, and officials expected "
    "traffic to return to normal by the weekend.</p>"
    "<p>\"It was the worst storm in a decade,\" said Jan Nowak, the harbour master.</p>"
    "<h2>Damage to the quays</h2>"
    "<p>Damage to the quays was limited, but two cranes will need repairs before they can be "
    "used again, according to the authority.</p>";

// The page of the issue: its date only in JSON-LD, a cookie banner, 40 navigation links, share
// buttons, related stories and a footer around the article.
std::string news_page() {
  return std::string(
             "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
             "<title>Harbour reopens after storm | Harbour Times</title>"
             "<meta property=\"og:site_name\" content=\"Harbour Times\">"
             "<link rel=\"canonical\" href=\"https://example.org/harbour\">"
             "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
             "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Harbour Times\"},"
             "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour reopens after storm\","
             "\"datePublished\":\"2025-04-10T21:30:00+02:00\",\"author\":[{\"@type\":"
             "\"Person\",\"name\":\"Anna Kowalska\"}],\"articleSection\":\"Local\"}]}</script>"
             "</head><body><div id=\"cookie-consent\"><p>We use cookies to improve your "
             "experience on our site. Accept all cookies or manage your preferences at any "
             "time.</p><button>Accept</button></div>") +
         navigation_links(40) +
         "<main><article><h1>Harbour reopens after storm</h1>"
         "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share "
         "by email</a></div>" +
         kArticleParagraphs +
         "</article><aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/a\">"
         "Storm hits the Baltic coast and closes several ports for days</a></li></ul></aside>"
         "</main><footer><p>Copyright 2025 Harbour Times. All rights reserved. Terms of use "
         "and the privacy policy apply to everything published on this website.</p></footer>"
         "</body></html>";
}

TEST(HtmlReader, KeepsTheArticleTextAndDropsTheBoilerplateAroundIt) {
  RecordingProblems problems;
  std::optional<Article> article = read_page(news_page(), problems);
  ASSERT_TRUE(article);
  EXPECT_TRUE(problems.problems.empty());
  EXPECT_EQ(article->text.rfind("The harbour in Gdansk reopened on Thursday", 0), 0u)
      << article->text;
  EXPECT_NE(article->text.find("\n\nDamage to the quays\n\nDamage to the quays was limited"),
            std::string::npos)
      << article->text;
  EXPECT_TRUE(article->text.ends_with("according to the authority.")) << article->text;
  for (const char* boilerplate : {"cookies", "Section number", "Share on", "Related stories",
                                  "Copyright", "Baltic", "Accept"}) {
    EXPECT_EQ(article->text.find(boilerplate), std::string::npos) << boilerplate;
  }
  // The headline is the title, not the text's first paragraph.
  EXPECT_EQ(article->text.find("Harbour reopens after storm"), std::string::npos);
}

TEST(HtmlReader, TakesTheMetadataFromJsonLdOpenGraphAndTheMarkup) {
  RecordingProblems problems;
  std::optional<Article> article = read_page(news_page(), problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, "Harbour reopens after storm");
  ASSERT_TRUE(article->date);
  // The writer's calendar day, in the writer's zone.
  EXPECT_EQ(article->date->day,
            std::chrono::year_month_day(std::chrono::year(2025) / std::chrono::April / 10));
  EXPECT_EQ(article->authors, std::vector<std::string>{"Anna Kowalska"});
  EXPECT_EQ(article->source, "Harbour Times");
  EXPECT_EQ(article->language, "en");
  EXPECT_EQ(article->url, "https://example.org/harbour");
  EXPECT_EQ(article->id, "https://example.org/harbour");
  EXPECT_EQ(article->section, "Local");
  EXPECT_EQ(article->origin.to_string(), "page.html");
}

TEST(HtmlReader, FallsBackToMetaTagsTimeElementsAndTheTitleElement) {
  RecordingProblems problems;
  std::optional<Article> article = read_page(
      std::string("<html><head><title>Storm closes harbour - Harbour Times</title>"
                  "<meta name=\"author\" content=\"By Jan Nowak\">"
                  "<meta property=\"og:site_name\" content=\"Harbour Times\"></head><body>"
                  "<p>Today is <time datetime=\"2026-01-01\">New Year's Day</time>.</p>"
                  "<article><time datetime=\"2025-04-07T08:00:00Z\">7 April</time>") +
          kArticleParagraphs + "</article></body></html>",
      problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, "Storm closes harbour");
  ASSERT_TRUE(article->date);
  EXPECT_EQ(article->date->text, "2025-04-07T08:00:00Z");
  EXPECT_EQ(article->authors, std::vector<std::string>{"Jan Nowak"});
  // Without a URL the id is derived from the content, as for other formats.
  EXPECT_FALSE(article->id.empty());
  EXPECT_TRUE(article->url.empty());
}

std::optional<Article> page_dated(const std::string& meta_tags, RecordingProblems& problems) {
  return read_page("<html><head>" + meta_tags + "</head><body><article>" + kArticleParagraphs +
                       "</article></body></html>",
                   problems);
}

TEST(HtmlReader, ReadsTheDateFormsPagesWriteAndPassesOverPlaceholders) {
  using std::chrono::November;
  RecordingProblems problems;
  auto rfc822 = page_dated(
      "<meta property=\"article:published_time\" content=\"Mon, 18 Nov 2019 22:07:38 -0600\">",
      problems);
  ASSERT_TRUE(rfc822 && rfc822->date);
  EXPECT_EQ(rfc822->date->day, std::chrono::year(2019) / November / 18);
  auto written =
      page_dated("<meta name=\"date\" content=\"November 19, 2019, 07:47 PM EST\">", problems);
  ASSERT_TRUE(written && written->date);
  EXPECT_EQ(written->date->day, std::chrono::year(2019) / November / 19);
  auto placeholder = page_dated(
      "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"
      "<meta name=\"pubdate\" content=\"2019-11-20 08:15:00 GMT\">",
      problems);
  ASSERT_TRUE(placeholder && placeholder->date);
  EXPECT_EQ(placeholder->date->day, std::chrono::year(2019) / November / 20);
  EXPECT_TRUE(problems.problems.empty());

  auto unreadable = page_dated("<meta name=\"date\" content=\"yesterday\">", problems);
  ASSERT_TRUE(unreadable);
  EXPECT_FALSE(unreadable->date);
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kDropped);
  EXPECT_NE(problems.problems[0].reason.find("\"yesterday\""), std::string::npos);
}

TEST(HtmlReader, LeavesOutTheBylineAboveTheTextButNotASentenceStartingWithBy) {
  RecordingProblems problems;
  std::optional<Article> article = read_page(
      std::string("<html><body><article><p>By Anna Kowalska | 10 April 2025</p>") +
          kArticleParagraphs +
          "<p>By then, most ferries had returned to their usual timetables.</p></article>"
          "<footer><p>Harbour Times, 1 Quay Street, Gdansk. Letters to the editor are welcome "
          "at the address above.</p></footer></body></html>",
      problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->text.rfind("The harbour in Gdansk", 0), 0u) << article->text;
  EXPECT_TRUE(
      article->text.ends_with("By then, most ferries had returned to their usual "
                              "timetables."))
      << article->text;
}

TEST(HtmlReader, AnIndexPageIsWarnedAboutAndNotIndexed) {
  RecordingProblems problems;
  std::optional<Article> article = read_page(
      "<html><head><title>Harbour Times: news</title></head><body>" + navigation_links(60) +
          "<div class=\"teasers\"><a href=\"/1\">Harbour reopens</a> <a href=\"/2\">Ferries "
          "cancelled</a></div></body></html>",
      problems, "index.html");
  EXPECT_FALSE(article);
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(problems.problems[0].where, "index.html");
  EXPECT_NE(problems.problems[0].reason.find("not indexed: no article text found"),
            std::string::npos);
}

TEST(HtmlReader, AContainerNamedForItsSidebarKeepsTheArticleItHolds) {
  RecordingProblems problems;
  std::optional<Article> article = read_page(
      std::string("<html><body><div class=\"container penci_sidebar\"><div id=\"main\">") +
          kArticleParagraphs +
          "</div><div class=\"sidebar\"><p>Subscribe to our weekly "
          "newsletter to receive the best stories of the week in your inbox.</p></div>"
          "</div></body></html>",
      problems);
  ASSERT_TRUE(article);
  EXPECT_NE(article->text.find("Ships waiting offshore"), std::string::npos);
  EXPECT_EQ(article->text.find("newsletter"), std::string::npos);
}

TEST(HtmlReader, ReadsTheCharsetTheMetaTagDeclares) {
  RecordingProblems problems;
  // "Café" and curly quotes in windows-1252, which pages labelled ISO-8859-1 use too.
  std::string paragraphs = kArticleParagraphs;
  std::optional<Article> article = read_page(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
      "<title>Caf\xE9 \x93owner\x94 speaks</title></head><body>" +
          paragraphs + "</body></html>",
      problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, "Caf\xC3\xA9 \xE2\x80\x9Cowner\xE2\x80\x9D speaks");
}

TEST(HtmlReader, TakesTheTextFromJsonLdWhenScriptsFillTheMarkup) {
  RecordingProblems problems;
  std::optional<Article> article = read_page(
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"headline\":\"Harbour reopens\",\"articleBody\":\"The harbour in Gdansk reopened on "
      "Thursday after the storm that closed it for three days, the port authority said in a "
      "statement. Ships waiting offshore began entering the port in the morning, and officials "
      "expected traffic to return to normal.\"}</script></head><body><div id=\"app\"></div>"
      "</body></html>",
      problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->text.rfind("The harbour in Gdansk", 0), 0u);
}

TEST(HtmlReader, ReadsAGzippedPage) {
  TempFolder folder;
  std::string html = news_page();
  gzFile file = gzopen((folder / "page.html.gz").c_str(), "wb");
  ASSERT_NE(file, nullptr);
  gzwrite(file, html.data(), static_cast<unsigned>(html.size()));
  gzclose(file);
  RecordingProblems problems;
  InputFile input{folder / "page.html.gz", "page.html.gz", *input_format(folder / "page.html.gz"),
                  0};
  std::unique_ptr<ArticleReader> reader = open_reader(input, problems);
  std::optional<Article> article = reader->next();
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, "Harbour reopens after storm");
}

TEST(HtmlFragmentText, GivesParagraphsDecodesEntitiesAndDropsScripts) {
  EXPECT_EQ(html_fragment_text("<p>One &amp; two</p><p>Three<br>four&nbsp;five</p>"
                               "<script>var x = 1;</script>"),
            "One & two\n\nThree\n\nfour five");
  EXPECT_EQ(html_fragment_text("  plain   text \n here "), "plain text here");
  EXPECT_EQ(html_fragment_text("Text with <b>bold</b> words"), "Text with bold words");
}

TEST(MarkupKind, TellsFeedsAgencyXmlAndPagesApartByTheirRootElement) {
  EXPECT_EQ(markup_kind("<?xml version=\"1.0\"?>\n<!-- generator --><rss version=\"2.0\">"),
            MarkupKind::kRss);
  EXPECT_EQ(markup_kind("<rdf:RDF xmlns:rdf=\"x\">"), MarkupKind::kRss);
  EXPECT_EQ(markup_kind("\xEF\xBB\xBF<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            MarkupKind::kAtom);
  EXPECT_EQ(markup_kind("<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"nitf.dtd\"><nitf>"),
            MarkupKind::kNitf);
  EXPECT_EQ(markup_kind("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"),
            MarkupKind::kNewsMl);
  EXPECT_EQ(markup_kind("<!doctype html><p>"), MarkupKind::kHtml);
  EXPECT_EQ(markup_kind("<!DOCTYPE rss [<!ENTITY copy \"&#169;\"> <!ENTITY a \"b>\">]>\n<rss>"),
            MarkupKind::kRss);
  EXPECT_EQ(markup_kind("<HTML><BODY>"), MarkupKind::kHtml);
  std::string root;
  EXPECT_EQ(markup_kind("<?xml version=\"1.0\"?><catalog>", &root), MarkupKind::kUnknownXml);
  EXPECT_EQ(root, "catalog");
}

}  // namespace
}  // namespace newsindex
