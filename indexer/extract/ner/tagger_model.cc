#include "tagger_model.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <future>
#include <sstream>
#include <stdexcept>

#include "binary_io.h"

namespace newsindex::ner {
namespace {

constexpr char kMagic[8] = {'N', 'W', 'S', 'N', 'E', 'R', '0', '1'};
// Version 2 added the word clusters after the lexicon; version 1 models load without them.
constexpr std::uint32_t kFormatVersion = 2;

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& why) {
  throw std::runtime_error("entity model " + path.string() + ": " + why);
}

}  // namespace

void TaggerModel::save(const std::filesystem::path& path, const TrainedWeights& weights,
                       const CasePriorLexicon& lexicon, const WordClusters& clusters) {
  std::ostringstream buffer;
  buffer.write(kMagic, sizeof kMagic);
  // A model without clusters stays a version 1 file, byte for byte what older trainers wrote.
  write_pod(buffer, clusters.empty() ? std::uint32_t{1} : kFormatVersion);
  lexicon.write(buffer);
  if (!clusters.empty()) clusters.write(buffer);
  weights.write(buffer);
  const std::string bytes = buffer.str();
  gzFile f = gzopen(path.c_str(), "wb9");
  if (f == nullptr) fail(path, "cannot open for writing");
  const int written = gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
  if (gzclose(f) != Z_OK || written != static_cast<int>(bytes.size())) fail(path, "write failed");
}

TaggerModel TaggerModel::load(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) fail(path, "no such file");
  // The gazetteer comes from ICU, not from the file: it is built on a second core while the file
  // is read (each takes a few hundredths of a second, paid before any article is indexed).
  std::future<Gazetteer> gazetteer = std::async(std::launch::async, Gazetteer::from_icu);
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) fail(path, "cannot open");
  std::string bytes;
  char chunk[1 << 16];
  int got = 0;
  while ((got = gzread(f, chunk, sizeof chunk)) > 0)
    bytes.append(chunk, static_cast<std::size_t>(got));
  const bool read_error = got < 0;
  gzclose(f);
  if (read_error) fail(path, "not a valid gzip file or truncated");
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    fail(path, "not an entity model file (bad magic)");
  }
  std::istringstream in(bytes.substr(sizeof kMagic));
  std::uint32_t version = 0;
  std::memcpy(&version, bytes.data() + sizeof kMagic,
              std::min(sizeof version, bytes.size() - sizeof kMagic));
  if (version != 1 && version != kFormatVersion)
    fail(path, "unsupported format version " + std::to_string(version));
  try {
    in.ignore(sizeof version);
    auto lexicon = CasePriorLexicon::read(in);
    WordClusters clusters = version >= 2 ? WordClusters::read(in) : WordClusters();
    auto weights = WeightTable::read(in);
    return TaggerModel(std::move(weights), std::move(lexicon), std::move(clusters),
                       gazetteer.get());
  } catch (const std::runtime_error& e) {
    fail(path, e.what());
  }
}

}  // namespace newsindex::ner
