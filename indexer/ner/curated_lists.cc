#include "curated_lists.h"

#include <array>

namespace newsindex::ner {
namespace {

constexpr std::string_view kDemonyms[] = {
    "Afghan", "African", "Albanian", "Algerian", "American", "Angolan", "Arab", "Arabian", "Argentine",
    "Argentinian", "Armenian", "Asian", "Australian", "Austrian", "Azerbaijani", "Azeri", "Bahraini",
    "Bangladeshi", "Belarusian", "Belgian", "Bolivian", "Bosnian", "Brazilian", "British", "Bulgarian",
    "Burmese", "Cambodian", "Cameroonian", "Canadian", "Caribbean", "Chechen", "Chilean", "Chinese",
    "Colombian", "Congolese", "Croat", "Croatian", "Cuban", "Cypriot", "Czech", "Danish", "Dutch", "Ecuadorean",
    "Egyptian", "English", "Eritrean", "Estonian", "Ethiopian", "European", "Filipino", "Finnish", "French",
    "Georgian", "German", "Ghanaian", "Greek", "Haitian", "Hungarian", "Icelandic", "Indian", "Indonesian",
    "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Ivorian", "Jamaican", "Japanese", "Jordanian",
    "Kazakh", "Kenyan", "Korean", "Kosovar", "Kurdish", "Kuwaiti", "Kyrgyz", "Laotian", "Latin", "Latvian",
    "Lebanese", "Liberian", "Libyan", "Lithuanian", "Macedonian", "Malaysian", "Malian", "Maltese",
    "Mexican", "Moldovan", "Mongolian", "Montenegrin", "Moroccan", "Mozambican", "Namibian", "Nepalese",
    "Nigerian", "Nigerien", "Norwegian", "Pakistani", "Palestinian", "Panamanian", "Paraguayan", "Persian",
    "Peruvian", "Philippine", "Polish", "Portuguese", "Qatari", "Romanian", "Russian", "Rwandan", "Saudi",
    "Scandinavian", "Scottish", "Senegalese", "Serb", "Serbian", "Sierra Leonean", "Singaporean", "Slovak",
    "Slovenian", "Somali", "South African", "South Korean", "North Korean", "Soviet", "Spanish", "Sri Lankan",
    "Sudanese", "Swedish", "Swiss", "Syrian", "Taiwanese", "Tajik", "Tanzanian", "Thai", "Tibetan", "Tunisian",
    "Turkish", "Turkmen", "Ugandan", "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan", "Vietnamese", "Welsh",
    "Yemeni", "Yugoslav", "Zambian", "Zimbabwean", "Muslim", "Christian", "Catholic", "Protestant", "Jewish",
    "Islamic", "Hindu", "Buddhist", "Sikh", "Shi'ite", "Sunni", "Hutu", "Tutsi", "Kurd", "Berber", "Basque",
    "Catalan", "Flemish", "Walloon", "Bavarian", "Texan", "Californian", "Olympic", "Nobel", "Republican",
    "Democrat", "Democratic", "Communist", "Marxist", "Socialist", "Conservative", "Labour", "Gaullist",
    "Zionist", "Orthodox", "Anglo-American", "Russian-American", "German-Russian", "Euro", "Eurobond",
};

constexpr std::string_view kInternationalOrganisations[] = {
    "United Nations", "UN", "U.N.", "NATO", "European Union", "EU", "E.U.", "IMF", "International Monetary Fund",
    "World Bank", "WTO", "World Trade Organization", "World Trade Organisation", "OPEC", "OECD", "ASEAN",
    "African Union", "Arab League", "European Commission", "European Parliament", "European Central Bank", "ECB",
    "Security Council", "UN Security Council", "World Health Organization", "WHO", "UNESCO", "UNICEF", "UNHCR",
    "Red Cross", "International Committee of the Red Cross", "Red Crescent", "Interpol", "Europol", "Amnesty International",
    "Human Rights Watch", "Greenpeace", "FIFA", "UEFA", "IOC", "International Olympic Committee", "G7", "G8", "G20",
    "OSCE", "Council of Europe", "Federal Reserve", "Fed", "Bundesbank", "Bank of England", "Bank of Japan",
    "IAEA", "International Atomic Energy Agency", "Kremlin", "Pentagon", "Congress", "Senate", "Parliament",
    "Commonwealth", "Gazprom", "Reuters", "Associated Press", "BBC", "CNN", "Xinhua", "Interfax", "Itar-Tass",
};

// Large companies that news mentions without a company-form suffix, across sectors and countries.
constexpr std::string_view kMajorCompanies[] = {
    "Apple", "Microsoft", "Google", "Alphabet", "Amazon", "Facebook", "Twitter", "Netflix", "IBM", "Intel",
    "AMD", "Nvidia", "Qualcomm", "Cisco", "Oracle", "SAP", "Siemens", "Samsung", "Sony", "Panasonic", "Toshiba",
    "Hitachi", "Fujitsu", "Nokia", "Ericsson", "Huawei", "Lenovo", "Alibaba", "Tencent", "Baidu", "Xiaomi",
    "Hewlett-Packard", "HP", "Dell", "Motorola", "Philips", "Boeing", "Airbus", "EADS", "Lockheed Martin",
    "Northrop Grumman", "Raytheon", "General Dynamics", "BAE Systems", "Bombardier", "Embraer", "Rolls-Royce",
    "General Electric", "GE", "Honeywell", "Caterpillar", "3M", "Toyota", "Honda", "Nissan", "Volkswagen", "BMW",
    "Daimler", "Mercedes-Benz", "Renault", "Peugeot", "Fiat", "Ford", "General Motors", "GM", "Chrysler", "Tesla",
    "Hyundai", "Kia", "Volvo", "ExxonMobil", "Exxon", "Chevron", "Shell", "BP", "TotalEnergies", "Eni",
    "Gazprom", "Rosneft", "Lukoil", "Saudi Aramco", "Aramco", "Petrobras", "Statoil", "Equinor", "Glencore",
    "Rio Tinto", "BHP", "ArcelorMittal", "Walmart", "Wal-Mart", "Carrefour", "Tesco", "Costco",
    "Best Buy", "IKEA", "Nestle", "Unilever", "Procter & Gamble", "Coca-Cola", "PepsiCo", "McDonald's",
    "Starbucks", "Pfizer", "Novartis", "Roche", "Merck", "Sanofi", "GlaxoSmithKline", "AstraZeneca", "Bayer",
    "BASF", "Johnson & Johnson", "Goldman Sachs", "Morgan Stanley", "JPMorgan", "JPMorgan Chase", "Citigroup",
    "Citibank", "Barclays", "HSBC", "UBS", "Credit Suisse", "BNP Paribas", "Societe Generale", "Deutsche Bank",
    "Commerzbank", "Santander", "ING", "Allianz", "AXA", "Berkshire Hathaway", "BlackRock", "Mastercard",
    "American Express", "AT&T", "Verizon", "Vodafone", "Deutsche Telekom", "Telefonica", "Disney",
    "Time Warner", "Comcast", "News Corp", "Lufthansa", "Air France", "KLM", "British Airways", "Ryanair",
    "easyJet", "United Airlines", "American Airlines", "Emirates", "Qantas", "Aeroflot", "FedEx", "UPS",
    "DHL", "Maersk", "Uber", "Airbnb", "SpaceX", "OpenAI", "Yahoo", "eBay", "PayPal", "Adobe", "Salesforce",
};

constexpr std::string_view kCountryAliases[] = {
    "U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.", "Britain",
    "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Holland", "Russia", "Soviet Union",
    "USSR", "Czech Republic", "Ivory Coast", "Burma", "Congo", "South Korea", "North Korea", "Taiwan",
    "Palestine", "West Bank", "Gaza", "Gaza Strip", "Kosovo", "Chechnya", "Bosnia", "Herzegovina",
    "Yugoslavia", "Zaire", "UAE", "Emirates", "Middle East", "Far East", "Balkans", "Gulf", "Persian Gulf",
    "Scandinavia", "Siberia", "Kashmir", "Tibet", "Crimea", "Donbas", "Kurdistan", "Hong Kong", "Macau",
};

constexpr std::string_view kExtraPlaces[] = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Washington D.C.",
    "San Francisco", "Seattle", "Boston", "Atlanta", "Houston", "Dallas", "Miami", "Philadelphia", "San Jose",
    "San Diego", "Brussels", "Geneva", "Frankfurt", "Munich", "Hamburg", "Bonn", "Milan", "Barcelona", "Mumbai",
    "Bombay", "New Delhi", "Beijing", "Shanghai", "Osaka", "Sydney", "Melbourne", "Toronto", "Montreal",
};

constexpr std::string_view kPersonTitles[] = {
    "President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Minister", "Secretary",
    "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Ambassador", "envoy", "Envoy", "spokesman", "spokeswoman",
    "spokesperson", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "King", "Queen",
    "Prince", "Princess", "Pope", "Cardinal", "Archbishop", "Bishop", "Rev.", "Sheikh", "General", "Gen.",
    "Colonel", "Col.", "Lt.", "Captain", "Capt.", "Admiral", "Judge", "Justice", "Rep.", "Representative",
    "Congressman", "Congresswoman", "Chairman", "chairman", "chairwoman", "CEO", "chief executive", "director",
    "Director", "coach", "Coach", "striker", "midfielder", "defender", "goalkeeper", "leader", "Speaker",
    "Commissioner", "commissioner", "Sir", "Lord", "Lady", "Dame", "Detective", "Inspector", "Sergeant",
    "Sgt.", "Deputy", "deputy", "Foreign Minister", "Finance Minister", "Defence Minister", "Defense Secretary",
    "analyst", "economist",
};

constexpr std::string_view kStrongOrganisationSuffixes[] = {
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "plc", "PLC",
    "AG", "GmbH", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "SpA", "S.p.A.", "AB", "ASA", "Oyj", "Bhd", "Pty",
    "Co", "Co.", "Cos", "KG", "SE", "LP", "L.P.", "Holdings", "Group",
};

constexpr std::string_view kWeakOrganisationSuffixes[] = {
    "Bank", "Ministry", "Airlines", "Airways", "Air Lines", "University", "College", "Institute", "Association",
    "Federation", "Council", "Committee", "Agency", "Commission", "Party", "Union", "Foundation", "Fund",
    "Authority", "Board", "Department", "Office", "Exchange", "Motors", "Industries", "Systems", "Technologies",
    "Electronics", "Pharmaceuticals", "Petroleum", "Energy", "Communications", "Telecom", "Securities",
    "Capital", "Partners", "Investments", "Insurance", "Trust", "Club", "Court", "Army", "Navy", "Force",
    "Police", "Service", "Times", "Post", "Journal", "News", "Press", "Television", "Radio",
};

}  // namespace

std::span<const std::string_view> demonyms() { return kDemonyms; }
std::span<const std::string_view> international_organisations() { return kInternationalOrganisations; }
std::span<const std::string_view> major_companies() { return kMajorCompanies; }
std::span<const std::string_view> country_aliases() { return kCountryAliases; }
std::span<const std::string_view> extra_places() { return kExtraPlaces; }
std::span<const std::string_view> person_titles() { return kPersonTitles; }
std::span<const std::string_view> strong_organisation_suffixes() { return kStrongOrganisationSuffixes; }
std::span<const std::string_view> weak_organisation_suffixes() { return kWeakOrganisationSuffixes; }

}  // namespace newsindex::ner
