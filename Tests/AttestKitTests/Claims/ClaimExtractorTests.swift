import AttestKit
import Foundation
import Testing

/// Claim extraction on short articles we wrote, one phenomenon per case.
@Suite struct ClaimExtractorTests {
  let analyzer: Analyzer

  init() throws {
    analyzer = try Analyzer(data: TestSupport.data())
  }

  func claims(_ body: String, published: String = "2023-05-05") throws -> [ClaimMention] {
    let article = try TestSupport.article("published: \(published)\n\n" + body)
    return analyzer.analyze(article).claims
  }

  /// Each claim found as "key=value" ("deaths-total=12", "schools-closed=nil").
  func keyed(_ body: String) throws -> [String] {
    try claims(body).map { claim in
      claim.key + "=" + (claim.value.map { JSONLines.number($0) } ?? "nil")
    }
  }

  struct Figure: CustomTestStringConvertible, Sendable {
    var text: String
    var key: String
    var value: Double?
    var support: ClosedRange<Double>
    var testDescription: String { text }
  }

  @Test(
    "Figures are normalised to the value table",
    arguments: [
      Figure(
        text: "Officials said 14 people had died.", key: "deaths-total", value: 14, support: 14...14
      ),
      Figure(
        text: "More than 1,000 people were injured.", key: "injured-total", value: 1000,
        support: 1000...1500),
      Figure(
        text: "At least 40 protesters were killed.", key: "deaths-protesters", value: 40,
        support: 40...60),
      Figure(
        text: "Nearly 400 people were hospitalised.", key: "hospitalised-total", value: 400,
        support: 360...400),
      Figure(
        text: "Dozens of demonstrators were arrested.", key: "arrests-protesters", value: nil,
        support: 24...99),
      Figure(
        text: "About 2,000 troops were deployed.", key: "troops", value: 2000, support: 1800...2200),
      Figure(
        text: "Six police officers were wounded.", key: "injured-police", value: 6, support: 6...6),
      Figure(
        text: "Around 3,000 soldiers arrived.", key: "troops", value: 3000, support: 2700...3300),
    ])
  func figures(_ figure: Figure) throws {
    let found = try #require(try claims(figure.text).first, "no claim in \(figure.text)")
    #expect(found.key == figure.key)
    #expect(found.value == figure.value)
    #expect(abs(found.support.lo - figure.support.lowerBound) < 1e-9)
    #expect(abs(found.support.hi - figure.support.upperBound) < 1e-9)
  }

  struct Keyed: CustomTestStringConvertible, Sendable {
    var text: String
    /// Every claim key found, in order, with its value (nil for events and vague amounts).
    var claims: [String]
    var testDescription: String { text }
  }

  @Test(
    "Accident reporting: bare figures, crews, rates, speeds, periods, resignations, suspensions",
    arguments: [
      Keyed(
        text: "Twelve people died and 30 were hurt, police said.",
        claims: [
          "deaths-total=12", "injured-total=30",
        ]),
      Keyed(text: "Nine have now died, officials said.", claims: ["deaths-total=9"]),
      Keyed(
        text: "The ferry was carrying 250 passengers and 14 crew members.",
        claims: [
          "aboard-total=250", "aboard-crew=14",
        ]),
      Keyed(
        text: "Police arrested about 40 people a day during the protests.",
        claims: [
          "arrests-total-per-day=40"
        ]),
      Keyed(
        text: "The bus was doing 95 km/h in a zone limited to 50 mph.",
        claims: [
          "speed=95", "speed-limit=50",
        ]),
      Keyed(text: "The mayor announced two days of mourning.", claims: ["duration-mourning=2"]),
      Keyed(
        text: "The bridge had not been inspected for nearly ten years.",
        claims: [
          "duration-bridge=10"
        ]),
      // Helicopters are things counted at any size, never people (nor the injured they carry).
      Keyed(
        text: "Two helicopters carried the injured to hospital.", claims: ["count-helicopter=2"]),
      Keyed(
        text: "The health minister resigned on Monday.",
        claims: [
          "resignation-official=20230501"
        ]),
      Keyed(text: "Three more people died overnight.", claims: ["deaths-total-new=3"]),
      Keyed(text: "The number of confirmed cases has passed 2,400.", claims: ["cases-total=2400"]),
      Keyed(
        text: "About 3,000 people were moved to relief camps.",
        claims: [
          "displaced-total=3000"
        ]),
      Keyed(text: "Doctors were treating 120 patients.", claims: ["hospitalised-total=120"]),
      // Patients are in hospital when a verb of care takes them, not when they wait.
      Keyed(
        text: "About 310,000 patients have waited more than a year.",
        claims: ["count-patient=310000"]),
      Keyed(
        text: "The fire broke out on Tuesday near the village.", claims: ["fire-began=20230502"]),
      Keyed(
        text: "Crews brought the blaze under control on Wednesday.",
        claims: [
          "fire-contained=20230503"
        ]),
      Keyed(
        text: "The airline suspended all flights to the island.",
        claims: [
          "services-suspended=nil"
        ]),
    ])
  func accidentReporting(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Weather and tolls: temperatures in any notation, earlier values, hospital admissions",
    arguments: [
      Keyed(
        text: "Temperatures reached 46.3C on Sunday, breaking the previous record of 45.9 degrees.",
        claims: ["temperature=46.3", "temperature-previous-record=45.9"]),
      Keyed(text: "Phoenix recorded 113°F on Monday.", claims: ["temperature=45"]),
      Keyed(
        text: "Highs of up to 44 °C are expected on Wednesday.",
        claims: ["temperature-forecast=44"]),
      Keyed(text: "The ship turned 180 degrees.", claims: []),
      Keyed(
        text:
          "The number of people killed by the floods in the north has risen to 19, up from 14 a day earlier.",
        claims: ["deaths-total=19", "deaths-total=14"]),
      Keyed(
        text: "Hospitals in the region admitted more than 900 people over the weekend.",
        claims: ["hospitalised-total=900"]),
      Keyed(
        text: "Schools in the four provinces will close two weeks early.",
        claims: ["schools-closed=nil"]),
      // A radius is a distance from the site: no speed, no count of residents.
      Keyed(
        text: "Residents within three kilometres of the site were told to stay in.",
        claims: ["distance-site=3"]),
      Keyed(text: "Nine remain in a serious condition.", claims: ["critical-total=9"]),
      Keyed(text: "One worker remains missing.", claims: ["missing-total=1"]),
      Keyed(
        text: "About 4,000 people who were moved out of their homes returned on Tuesday.",
        claims: ["displaced-total=4000"]),
      Keyed(
        text: "Prosecutors have opened an investigation into the blast.",
        claims: ["investigation-opened=nil"]),
    ])
  func weatherAndTolls(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Company results: amounts by what they measure, changes by their subject, staff and customers",
    arguments: [
      Keyed(
        text: "Revenue rose 4 percent to 31.2 billion crowns.",
        claims: ["percent-revenue=4", "money-revenue=31200000000"]),
      Keyed(text: "The airline lost 212 million crowns.", claims: ["money-loss=212000000"]),
      Keyed(
        text: "Fuel cost the company 1.1 billion crowns more than planned.",
        claims: ["money-fuel=1100000000"]),
      Keyed(text: "Sales grew by 4 percent.", claims: ["percent-revenue=4"]),
      Keyed(
        text: "Shares in Skyline fell as much as 9 percent in early trading.",
        claims: ["percent-share=9"]),
      Keyed(
        text: "The airline's shares recovered on Wednesday, rising 2 percent.",
        claims: ["percent-share=2"]),
      Keyed(text: "Skyline has about 11,000 staff.", claims: ["employees-total=11000"]),
      Keyed(
        text: "The airline carried 14.8 million passengers, up from 14.1 million a year earlier.",
        claims: ["count-passenger=14800000", "count-passenger-earlier=14100000"]),
      Keyed(
        text: "The number of passengers rose to 14.8 million.", claims: ["count-passenger=14800000"]
      ),
    ])
  func companyResults(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Outbreaks and single deaths: illness counts, earlier values, places, shops, recalls",
    arguments: [
      Keyed(
        text: "More than 140 people have fallen ill with salmonella.", claims: ["cases-total=140"]),
      // A rising count's earlier value is the same slot.
      Keyed(
        text: "The number of people sickened has risen to 176, up from 143 two days earlier.",
        claims: ["cases-total=176", "cases-total=143"]),
      Keyed(text: "An 81-year-old woman died on Sunday.", claims: ["deaths-total=1"]),
      Keyed(text: "A police officer was killed in the blast.", claims: ["deaths-police=1"]),
      Keyed(text: "A man killed his neighbour with a knife.", claims: []),
      Keyed(text: "The woman who died had several other illnesses.", claims: []),
      Keyed(text: "Cases were reported in at least four towns.", claims: ["count-town=4"]),
      Keyed(text: "The chain has closed all nine of its shops.", claims: ["closed-shop=9"]),
      Keyed(text: "The bakery recalled products sold in August.", claims: ["product-recall=nil"]),
      // Earthquakes: a figure and its measure in one word, depth, aftershocks, places.
      Keyed(text: "A 7.1-magnitude earthquake struck before dawn.", claims: ["magnitude=7.1"]),
      Keyed(text: "It hit at a depth of 10 kilometres.", claims: ["depth=10"]),
      // A distance in a direction, the length of a zone, the height of a column of ash.
      Keyed(
        text: "The airport at Sangir, 60 km to the west, closed.", claims: ["distance-airport=60"]),
      Keyed(text: "An exclusion zone of 7 km was declared.", claims: ["length-zone=7"]),
      Keyed(
        text: "The eruption sent a column of ash 9 kilometres into the sky.",
        claims: ["height=9"]),
      Keyed(
        text: "The number of evacuees has risen to about 15,500.",
        claims: ["displaced-total=15500"]),
      // A deadline's key: the subject before a longer verb group, else the verb after it.
      Keyed(
        text: "Speed cameras would be installed on the Korvel road within three months.",
        claims: ["duration-camera=3"]),
      Keyed(
        text: "It would announce further strike dates within a week.",
        claims: ["duration-announce=1"]),
      Keyed(text: "More than 50 aftershocks were recorded.", claims: ["aftershocks-total=50"]),
      Keyed(text: "Rescue teams from 12 countries have arrived.", claims: ["count-country=12"]),
      Keyed(text: "At least 3,400 buildings collapsed.", claims: ["destroyed-building=3400"]),
      Keyed(
        text: "The agency estimates that 18,000 people have lost their homes.",
        claims: ["displaced-total=18000"]),
    ])
  func outbreaks(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Rate decisions: the rate changed, changes in points, earlier levels, forecasts, targets",
    arguments: [
      Keyed(
        text: "The bank raised its main interest rate by half a percentage point to 6.25 percent.",
        claims: ["percent-interest-rate=6.25", "percent-interest-rate-change=0.5"]),
      Keyed(
        text: "The bank lifted its benchmark rate to 6.25 percent from 5.75 percent.",
        claims: ["percent-interest-rate=6.25", "percent-interest-rate-earlier=5.75"]),
      Keyed(
        text: "It increased its key rate for the fourth time this year, to 6.25 percent.",
        claims: ["percent-interest-rate=6.25"]),
      Keyed(text: "Consumer prices rose 8.4 percent in May.", claims: ["percent-inflation=8.4"]),
      Keyed(
        text: "Inflation reached 8.4 percent, up from 7.9 percent in April.",
        claims: ["percent-inflation=8.4", "percent-inflation-earlier=7.9"]),
      Keyed(
        text: "The bank expects inflation to average 7 percent this year.",
        claims: ["percent-inflation-forecast=7"]),
      Keyed(
        text: "Inflation would peak at around 9 percent.", claims: ["percent-inflation-forecast=9"]),
      Keyed(text: "The bank kept its 2 percent target.", claims: ["percent-target=2"]),
      Keyed(text: "The crown weakened by 1 percent.", claims: ["percent-crown=1"]),
      Keyed(text: "The Fed cut rates by 25 basis points.", claims: ["point-change=0.25"]),
      // Budgets: rates that move from one level to another, shares of GDP, amounts by what
      // they pay for.
      Keyed(
        text: "Value-added tax will rise from 20 percent to 22 percent in January.",
        claims: ["percent-tax-earlier=20", "percent-tax=22"]),
      Keyed(
        text: "The deficit is forecast to fall to 2.8 percent of GDP next year, from 3.4 percent.",
        claims: ["percent-deficit-forecast=2.8", "percent-deficit-forecast-earlier=3.4"]),
      Keyed(
        text: "The budget includes a 6 percent increase in health spending.",
        claims: ["percent-spending=6"]),
      Keyed(
        text: "The minister unveiled a 312 billion crown budget.",
        claims: ["money-budget=312000000000"]),
      Keyed(
        text: "The government's budget for next year totals 312 billion crowns.",
        claims: ["money-budget=312000000000"]),
      Keyed(
        text: "Payments on a typical loan will rise by 90 crowns a month.",
        claims: ["money-payment=90"]),
      // Jobs reports: rates by their two-word names, fractions of a point, odds, forecasts.
      Keyed(
        text: "The unemployment rate dropped two-tenths of a percentage point to 4.1 percent.",
        claims: ["percent-unemployment=4.1", "percent-unemployment-change=0.2"]),
      Keyed(
        text: "Strong hiring pushed the jobless rate down to 4.1 percent.",
        claims: ["percent-unemployment=4.1"]),
      Keyed(text: "Wage growth held steady at 3.8 percent.", claims: ["percent-wages=3.8"]),
      Keyed(
        text: "Traders see a 70 percent chance of a rise, up from 45 percent a week ago.",
        claims: ["percent-chance=70", "percent-chance-earlier=45"]),
      Keyed(
        text: "Economists had forecast 150,000 new jobs.", claims: ["count-job-forecast=150000"]),
      // Marches: two sources' counts of one crowd, an age limit and its change, a strike called.
      Keyed(
        text:
          "Organisers said 250,000 people joined the march, while police put the number at 80,000.",
        claims: ["participants-total=250000", "participants-total=80000"]),
      Keyed(
        text: "Police estimated the crowd at 85,000.", claims: ["participants-total=85000"]),
      Keyed(
        text: "The reform would raise the retirement age from 62 to 64.",
        claims: ["age-retirement-earlier=62", "age-retirement=64"]),
      Keyed(
        text: "The reform would lift the retirement age by two years.",
        claims: ["age-retirement-change=2"]),
      Keyed(
        text: "Union leaders announced a general strike for May 15, 2026.",
        claims: ["strike-called=20260515"]),
      Keyed(
        text: "Interior Minister Lena Vogt said 40 people had been arrested.",
        claims: ["arrests-total=40"]),
      Keyed(
        text: "Survivors said there had been at least 85 people on the boat.",
        claims: ["aboard-total=85"]),
      // Records of people are a count of records, whatever measure the clause names.
      Keyed(
        text: "Hackers stole the personal data of about 2.3 million patients.",
        claims: ["count-record=2300000"]),
      Keyed(
        text: "The breach affected 2.4 million patient records.", claims: ["count-record=2400000"]),
      Keyed(
        text: "About 1,100 appointments were cancelled, and patients are being contacted.",
        claims: ["count-appointment=1100"]),
    ])
  func rateDecisions(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Elections: seats and vote shares keyed by party, the chamber's size apart, recounts",
    arguments: [
      Keyed(
        text: "The opposition Renewal Party won 64 of parliament's 150 seats.",
        claims: ["seats-renewal=64", "seats-total=150"]),
      Keyed(
        text:
          "Renewal won 64 seats with 38.5 percent of the vote, while the Union of Democrats won 58 seats with 34.9 percent.",
        claims: [
          "seats-renewal=64", "vote-share-renewal=38.5", "seats-union-of-democrats=58",
          "vote-share-union-of-democrats=34.9",
        ]),
      Keyed(
        text: "Preliminary results gave Renewal 64 seats and the Union of Democrats 57.",
        claims: ["seats-renewal=64", "seats-union-of-democrats=57"]),
      Keyed(
        text: "The Union of Democrats took 58 seats, down from 79 in the last parliament.",
        claims: ["seats-union-of-democrats=58", "seats-union-of-democrats-earlier=79"]),
      Keyed(
        text: "The losing party demanded a recount in three districts.",
        claims: ["count-district=3", "recount-demanded=nil"]),
    ])
  func elections(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Which figure a verb governs: parts of a toll, damage counts, pronoun events, pooled groups",
    arguments: [
      Keyed(
        text:
          "The storm killed nine people, including three volunteer firefighters, and injured 21.",
        claims: ["deaths-total=9", "deaths-firefighters=3", "injured-total=21"]),
      Keyed(
        text: "Three of the dead were volunteer firefighters, the fire service said.",
        claims: ["deaths-firefighters=3"]),
      Keyed(
        text:
          "The flood killed at least seven people and forced 8,000 residents to leave their homes.",
        claims: ["deaths-total=7", "displaced-total=8000"]),
      Keyed(
        text: "The fire destroyed at least 80 houses and burned 5,000 hectares.",
        claims: ["destroyed-home=80", "count-hectare=5000"]),
      Keyed(text: "Officials said 35 buildings were damaged.", claims: ["damaged-building=35"]),
      Keyed(text: "Power was cut to 40 homes.", claims: []),
      Keyed(
        text: "Diesel went up by 22 percent, and the price of cooking gas nearly doubled.",
        claims: ["price-change-diesel=22", "price-change-gas=2"]),
      Keyed(
        text: "Inflation, already at 9.5 percent, is rising.", claims: ["percent-inflation=9.5"]),
      Keyed(
        text: "Forty miners were trapped, and rescuers brought 18 of them to the surface.",
        claims: ["trapped-total=40", "rescued-total=18"]),
      Keyed(
        text: "Eleven of the rescued miners were taken to hospital.",
        claims: ["hospitalised-total=11"]),
      Keyed(text: "The plant employs about 1,400 people.", claims: ["employees-total=1400"]),
      Keyed(
        text: "Police detained the company's safety director on Friday.",
        claims: ["arrest-official=20230505"]),
      Keyed(
        text: "The storm killed four people and left about 200,000 households without power.",
        claims: ["deaths-total=4", "count-home=200000"]),
      Keyed(
        text: "The airline cancelled 86 flights, and 40 schools remained closed.",
        claims: ["cancelled-flight=86", "closed-school=40", "services-suspended=nil"]),
      Keyed(
        text: "The blaze has burned 900 hectares since it broke out on Tuesday.",
        claims: ["count-hectare=900", "fire-began=20230502"]),
      Keyed(
        text: "Protests spread to the capital. It began on Monday in a small town.",
        claims: ["protests-began=20230501"]),
    ])
  func governedFigures(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Tolls at a quoted figure, costs, periods in force, shutdowns, refugees, demands, ceasefires",
    arguments: [
      Keyed(
        text: "The opposition put the death toll at \"at least 25\".", claims: ["deaths-total=25"]),
      Keyed(
        text: "The government says the subsidy costs it $1.2 billion a year.",
        claims: ["money-subsidy=1200000000"]),
      Keyed(
        text: "A state of emergency is in force for 30 days.", claims: ["duration-emergency=30"]),
      Keyed(
        text: "Mobile internet has been cut across the country since Tuesday.",
        claims: ["internet-shutdown=20230502"]),
      Keyed(
        text: "A curfew was imposed in the capital and two other provinces.",
        claims: ["emergency-declared=nil"]),
      // Refugees who crossed a border, amounts demanded, ceasefires and their dates.
      Keyed(text: "About 210,000 have crossed into Tamir.", claims: ["refugees-total=210000"]),
      Keyed(
        text: "The UN appealed for $450 million to feed them.",
        claims: ["money-demand=450000000"]),
      Keyed(
        text: "The hackers demanded a ransom of $4 million.", claims: ["money-demand=4000000"]),
      Keyed(
        text: "A ceasefire agreed on May 3 collapsed within hours.",
        claims: ["ceasefire-agreed=20230503"]),
      // Concentrations, multiples of a limit, and people counted under another noun.
      Keyed(
        text: "Tests found nitrate levels of 95 milligrams per litre.",
        claims: ["level-nitrate=95"]),
      Keyed(
        text: "Lead reached three times the legal limit.", claims: ["multiple-limit=3"]),
      Keyed(text: "Levels reached nearly twice the legal limit.", claims: ["multiple-limit=2"]),
      Keyed(
        text: "About 40,000 residents were told not to drink the water.",
        claims: ["count-people=40000"]),
      // A past event's toll is a slot of its own; survivors, burns, recorders, grounded fleets.
      Keyed(
        text: "It was the deadliest crash since 2009, when 96 people died near the airport.",
        claims: ["deaths-total-earlier=96"]),
      Keyed(
        text: "About 40 people were killed in a similar accident 17 years ago.",
        claims: ["deaths-total-earlier=40"]),
      Keyed(
        text: "Skyline lost 212 million crowns in 2022.", claims: ["money-loss=212000000"]),
      Keyed(text: "Thirty-five people survived.", claims: ["rescued-total=35"]),
      Keyed(text: "Twelve passengers suffered serious burns.", claims: ["injured-total=12"]),
      Keyed(
        text: "Investigators have recovered both flight recorders.",
        claims: ["flight-recorders-recovered=nil"]),
      Keyed(
        text: "The airline has grounded its other turboprops.", claims: ["fleet-grounded=nil"]),
      // Lengths keyed by what they measure.
      Keyed(text: "More than 300 millimetres of rain fell.", claims: ["rainfall=300"]),
      Keyed(text: "The river rose to 6.2 metres in the city.", claims: ["level-water=6.2"]),
    ])
  func tollsCostsPeriodsAndShutdowns(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Depths, a total after an increase, things counted without an s, one arrest, treated for",
    arguments: [
      Keyed(
        text: "Seventeen miners were trapped about 600 metres underground.",
        claims: ["trapped-total=17", "depth=600"]),
      Keyed(text: "Rescuers reached the chamber 600 metres below ground.", claims: ["depth=600"]),
      // A length is no count of the measure before it: here a distance from the exit.
      Keyed(
        text: "The men were trapped 300 metres from the exit.", claims: ["distance-exit=300"]),
      Keyed(text: "The men were trapped 300 metres away.", claims: []),
      Keyed(
        text: "The government sent 150 more firefighters, bringing the total to 470.",
        claims: ["count-firefighter-new=150", "count-firefighter=470"]),
      Keyed(text: "The state will hire 4,000 more teachers.", claims: ["count-teacher=4000"]),
      Keyed(text: "Eight aircraft dropped water on the fire.", claims: ["count-aircraft=8"]),
      Keyed(
        text: "Police arrested a 54-year-old man on suspicion of arson.",
        claims: ["arrests-total=1"]),
      Keyed(text: "A woman has been arrested, police said.", claims: ["arrests-total=1"]),
      Keyed(
        text: "Two firefighters were treated for smoke inhalation.", claims: ["injured-total=2"]),
    ])
  func depthsTotalsAndSinglePeople(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Distances and lengths in kilometres, dimensions, records, earlier figures, amounts after a determiner",
    arguments: [
      Keyed(
        text: "The ship struck a reef about 2 kilometres from shore.",
        claims: ["distance-shore=2"]),
      Keyed(
        text: "Oil has washed up along roughly 15 kilometres of Vessa's northern coast.",
        claims: ["length-coast=15"]),
      Keyed(
        text: "Fishing has been banned within 10 kilometres of the wreck.",
        claims: ["distance-wreck=10"]),
      Keyed(text: "The quake struck at a depth of 10 kilometres.", claims: ["depth=10"]),
      // A speed is still a speed.
      Keyed(text: "Gusts reached 140 km/h on the coast.", claims: ["speed=140"]),
      Keyed(
        text: "The death toll rose to a record 45 on Monday.", claims: ["deaths-total=45"]),
      Keyed(
        text: "About 1,200 tonnes have leaked, up from an initial 700 tonnes.",
        claims: ["count-tonne=1200", "count-tonne-earlier=700"]),
      Keyed(
        text: "The opposition pointed to the 2 billion crowns cut from hospital budgets.",
        claims: ["money-cut=2000000000"]),
    ])
  func distancesRecordsAndEarlierFigures(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "A bare figure is a count of the subject that rose or reached it; changes after 'has'",
    arguments: [
      Keyed(
        text: "The waiting list rose to a record 2.1 million in March.",
        claims: ["count-list=2100000"]),
      Keyed(
        text: "Unemployment reached 310,000 last year.", claims: ["count-unemployment=310000"]),
      // A measure, or "the number of", still names what is counted.
      Keyed(text: "The death toll rose to 58.", claims: ["deaths-total=58"]),
      Keyed(
        text: "The number of strikers rose to 4,500.", claims: ["participants-total=4500"]),
      Keyed(text: "The waiting list has grown by 8 percent.", claims: ["percent-list=8"]),
    ])
  func bareFiguresOfTheirSubject(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "Votes for and against, how long a noun lasted, incidents counted at any size",
    arguments: [
      Keyed(
        text: "The budget passed by 31 votes to 18.", claims: ["votes-for=31", "votes-against=18"]),
      Keyed(
        text: "The vote came after a debate of nearly five hours.",
        claims: ["duration-debate=5"]),
      Keyed(text: "The median wait is now 19 weeks.", claims: ["duration-wait=19"]),
      Keyed(
        text: "The company was aware of 14 incidents in which an airbag had not opened.",
        claims: ["count-incident=14"]),
      // Days of something named after the figure, as before.
      Keyed(text: "The mayor announced two days of mourning.", claims: ["duration-mourning=2"]),
    ])
  func votesPeriodsAndIncidents(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test(
    "The level a change reached, a subject before a place, totals brought to, shares with 'an'",
    arguments: [
      Keyed(
        text:
          "Recorded burglaries in the Eastmoor police region fell by 12 percent last year to 8,450.",
        claims: ["percent-burglaries=12", "count-burglary=8450"]),
      Keyed(
        text:
          "The force has recruited about 250 officers since 2024, bringing its strength to 3,900.",
        claims: ["count-officer-new=250", "count-officer=3900"]),
      Keyed(
        text: "Police arrested 12 people, bringing the total to 40.",
        claims: ["arrests-total-new=12", "arrests-total=40"]),
      Keyed(text: "Burglaries fell by about an eighth.", claims: ["percent-burglaries=12.5"]),
      // A change told of "that": the count the sentence before gave; with none, no claim.
      Keyed(
        text: "The waiting list rose to 2.1 million. That is up 8 percent on a year earlier.",
        claims: ["count-list=2100000", "percent-list=8"]),
      Keyed(text: "That is up 8 percent on a year earlier.", claims: []),
      // A part of things counted before is no human toll.
      Keyed(
        text: "Volunteers collected more than 300 oil-covered birds, of which around 90 have died.",
        claims: ["count-bird=300", "deaths-bird=90"]),
      // The verb of "of whom …" is the part's: the whole is no toll.
      Keyed(
        text: "The ferry carried 300 passengers, of whom 12 died.",
        claims: ["count-passenger=300", "deaths-total=12"]),
    ])
  func levelsTotalsAndShares(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  /// One currency is one unit, however the amount prints it: "a 600 million crown plan".
  @Test func aCurrencyIsOneUnitSingularOrPlural() throws {
    let units = try claims(
      "The plan costs 600 million crown. Another plan costs 500 million crowns.\n"
    ).map(\.unit)
    #expect(units == ["crowns", "crowns"])
  }

  @Test(
    "Parts of a toll, rates, earlier years, closures, costs, shutdowns, shares, inflation",
    arguments: [
      // A group named as part of the dead is a slot of its own, not the toll.
      Keyed(
        text: "At least 17 people were killed. Among the dead were four children.",
        claims: ["deaths-total=17", "deaths-children=4"]),
      Keyed(text: "Four children were among the dead.", claims: ["deaths-children=4"]),
      Keyed(text: "Twelve children died in the crash.", claims: ["deaths-total=12"]),
      // A daily throughput is a rate, not a count of the same barrels.
      Keyed(
        text: "The refinery processes about 220,000 barrels of crude a day.",
        claims: ["count-barrel-per-day=220000"]),
      Keyed(
        text: "The ministry released 500,000 barrels from the reserve.",
        claims: ["count-barrel=500000"]),
      // A sentence set in an earlier year.
      Keyed(
        text: "In 2021 a blaze in the same unit injured four people.",
        claims: ["injured-total-earlier=4"]),
      // How long something stays shut: "a month", word ranges, "out of action".
      Keyed(
        text: "The plant would remain closed for at least a month.", claims: ["duration-plant=1"]),
      Keyed(
        text: "The bridge will be out of action for four to six weeks.",
        claims: ["duration-bridge=4"]),
      Keyed(
        text: "The outage would cost Baltic Fuels about 90 million euros.",
        claims: ["money-outage=90000000"]),
      Keyed(text: "The fire forced the plant to shut down.", claims: ["facility-shutdown=nil"]),
      Keyed(
        text: "The company has promised an independent investigation.",
        claims: ["investigation-opened=nil"]),
      // A part of a whole takes the measure after the whole's own ("… trapped … to the surface").
      Keyed(
        text: "Rescue teams brought 26 of the 32 miners trapped in the mine to the surface.",
        claims: ["rescued-total=26", "trapped-total=32"]),
      // A measure the figure follows ("Cases have risen to"), shares of a group, outbreaks.
      Keyed(text: "Cholera cases have risen to 1,312.", claims: ["cases-total=1312"]),
      Keyed(
        text: "Nearly two-thirds of households have no clean water.",
        claims: ["percent-households=66.7"]),
      Keyed(text: "A quarter of the cases were children.", claims: ["percent-cases=25"]),
      Keyed(text: "Sales fell in the second half of the year.", claims: []),
      Keyed(
        text: "The outbreak was declared on May 1.", claims: ["outbreak-declared=20230501"]),
      // Inflation: one rate however it is printed; goods' own rates, core rates and targets apart.
      Keyed(
        text: "Consumer prices in Veska rose 3.4% in April.", claims: ["percent-inflation=3.4"]),
      Keyed(
        text: "Annual inflation accelerated to 3.4% in April.", claims: ["percent-inflation=3.4"]),
      Keyed(
        text: "Core inflation, which strips out food and energy, held at 2.9%.",
        claims: ["percent-inflation-core=2.9"]),
      Keyed(
        text: "Food inflation of 6.2% was the main driver.", claims: ["price-change-food=6.2"]),
      Keyed(
        text: "The central bank targets inflation of 2%.",
        claims: ["percent-inflation-target=2"]),
      // "12 of whom": the group of the figure before; lengths printed as adjectives.
      Keyed(
        text: "Divers pulled 31 people from the river, 12 of whom were taken to hospital.",
        claims: ["rescued-total=31", "hospitalised-total=12"]),
      Keyed(text: "The 420-metre bridge was built in 1968.", claims: ["length-bridge=420"]),
      // Periods printed as adjectives, keyed by the head of the noun they qualify; changes by a
      // share, past a phrase of place; a modal before the verb of change.
      Keyed(
        text: "The union will stage a further 72-hour walkout.",
        claims: ["duration-walkout=72"]),
      Keyed(
        text: "The two-day rail strike began.",
        claims: ["duration-strike=2", "protests-began=nil"]),
      Keyed(text: "The 34-year-old driver was hurt.", claims: []),
      Keyed(
        text: "Road traffic into the capital rose by a quarter.", claims: ["percent-traffic=25"]),
      Keyed(
        text: "Unions said bus fares would rise by a third.",
        claims: ["price-change-bus=33.3"]),
      // A percentage used as an adjective measures the noun phrase after it.
      // A change's subject before a place; a level's subject before "for"; the earlier level
      // after "from"; an aside between commas; "have risen".
      Keyed(
        text: "Average house prices in Norland fell 0.8 percent in March.",
        claims: ["price-change-house=0.8"]),
      Keyed(text: "Approvals for home loans fell to 41,200.", claims: ["count-approval=41200"]),
      Keyed(
        text: "Mortgage approvals dropped to 41,200 in March from 44,900 in February.",
        claims: ["count-approval=41200", "count-approval-earlier=44900"]),
      Keyed(text: "Rents, meanwhile, have risen 7.4 percent.", claims: ["percent-rents=7.4"]),
      // A time before a change is no subject ("visitors last year, up 9 percent" is the
      // visitors' change, never one slot with every other change "last year").
      Keyed(
        text: "Castavia welcomed 14.2 million visitors last year, up 9 percent on 2025.",
        claims: ["count-visitor=14200000", "percent-visitors=9"]),
      // A price in a clause with a subject of its own is not what a figure measures; a
      // coordinated predicate shares its subject.
      Keyed(
        text: "Hotel occupancy averaged 74 percent, and average room rates rose 6 percent.",
        claims: ["percent-occupancy=74", "price-change-room=6"]),
      Keyed(
        text: "House prices have now fallen for three months, and are 3.1 percent lower.",
        claims: ["price-change-house=3.1"]),
      // Job cuts, redundancies and layoffs are the jobs cut.
      Keyed(text: "The firm announced 1,800 job cuts.", claims: ["cut-job=1800"]),
      Keyed(text: "The bank plans 2,000 redundancies.", claims: ["cut-job=2000"]),
      Keyed(text: "The firm will cut about 1,800 jobs.", claims: ["cut-job=1800"]),
      // The two sides of a bargain are slots of their own, never a conflict of one.
      Keyed(text: "The union is demanding a 9% pay rise.", claims: ["percent-demand=9"]),
      Keyed(
        text: "It wants 9 percent this year; the government has offered 4.5 percent.",
        claims: ["percent-demand=9", "percent-offer=4.5"]),
      Keyed(text: "The fund bought a 20% stake in the airline.", claims: ["percent-stake=20"]),
      Keyed(
        text: "Inflation accelerated to 3.4%, above the 3.2% forecast by economists.",
        claims: ["percent-inflation=3.4", "percent-inflation-forecast=3.2"]),
      // "a day of national mourning": one period, named by what it is of.
      Keyed(
        text: "The government declared a day of national mourning.",
        claims: ["duration-national=1"]),
      // Those still held are a level, not the cumulative count of detentions.
      Keyed(
        text: "Police detained 5,800 people. Around 2,500 people remain in custody.",
        claims: ["arrests-total=5800", "in-custody-total=2500"]),
      // Things counted at any size, never by a measure of people elsewhere in the clause.
      Keyed(
        text: "The outage hit 12 schools in the district, forcing teachers to send pupils home.",
        claims: ["count-school=12"]),
      Keyed(
        text: "Nine clinics are now affected by the flooding.", claims: ["count-clinic=9"]),
      // "Affected" stands for the injured only among people in general; a group or a thing it
      // describes is counted.
      Keyed(
        text: "Around 1.2 million pupils were affected by the closures.",
        claims: ["count-pupil=1200000"]),
      Keyed(
        text: "Around 38,000 of the affected cars were sold abroad.",
        claims: ["count-vehicle=38000"]),
      Keyed(
        text: "More than 1,000 people have been affected by the riots.",
        claims: ["injured-total=1000"]),
      Keyed(
        text: "The strike forced staff to cancel more than 4,000 flights.",
        claims: ["count-flight=4000"]),
      Keyed(text: "Three suspects were detained.", claims: ["arrests-total=3"]),
      // A modal before "stay" is no subject; the figure counting a report's sources is no claim.
      Keyed(
        text: "The plant could stay closed for up to three weeks.",
        claims: ["duration-plant=3"]),
      Keyed(
        text: "The nurse was infected on the ward, three people briefed on the case said.",
        claims: []),
      // Nationalities keep apart the dead of each side, however the side is named; the parts
      // of a list after "including" are the toll's; armies "lose" soldiers.
      Keyed(
        text: "The toll rose to 31, including 20 Morvanian and 11 Tessekan soldiers.",
        claims: ["deaths-total=31", "deaths-troops-morvan=20", "deaths-troops-tessek=11"]),
      Keyed(
        text: "Morvania's army said nine of its soldiers had been killed.",
        claims: ["deaths-troops-morvan=9"]),
      Keyed(
        text: "Russia said it had lost 14 soldiers.", claims: ["deaths-troops-russia=14"]),
      Keyed(
        text: "Peace talks are due to begin in Vienna on May 4.",
        claims: ["talks-scheduled=20230504"]),
      // A deadline word opening the first sentence has no verb before it (a fuzzer's crash).
      Keyed(text: "Within a few days people in other towns had joined them.", claims: []),
      // A change by an approximate share.
      Keyed(
        text: "The barley harvest will fall by about a quarter.",
        claims: ["percent-harvest=25"]),
      // Jobs cut, created, lost elsewhere and put at risk are slots of their own.
      Keyed(text: "The bank will shed 1,200 jobs.", claims: ["cut-job=1200"]),
      Keyed(text: "The move puts about 300 jobs at risk.", claims: ["cut-job=300"]),
      Keyed(
        text: "The new line will create 450 jobs, but the closure could cost 900 jobs elsewhere.",
        claims: ["created-job=450", "lost-job=900"]),
    ])
  func partsRatesClosuresAndCosts(_ case: Keyed) throws {
    #expect(try keyed(`case`.text) == `case`.claims)
  }

  @Test("An elided subject inherits the category of the figure it is coordinated with")
  func elidedSubject() throws {
    let found = try claims("State media said 9 officers had been killed and more than 80 injured.")
    #expect(found.map(\.key) == ["deaths-police", "injured-police"])
    #expect(
      found.allSatisfy {
        $0.assertedBy == "Kazakh state media" || $0.assertedBy.hasSuffix("state media")
      })
  }

  @Test("Weekdays resolve to the latest such day on or before publication; explicit dates stay")
  func dates() throws {
    // Friday 2023-05-05: "Sunday" is 2023-04-30.
    let relative = try claims("The protests began on Sunday in the capital.")
    #expect(relative.first?.value == 20_230_430)
    let explicit = try claims("The strike began on 2 March, organisers said.")
    #expect(explicit.first?.value == 20_230_302)
    #expect(explicit.first?.unit == "date")
  }

  @Test("Attribution: quotes' speakers, hedges, and the outlet's own voice")
  func attribution() throws {
    let attributed = try claims("The health ministry said 31 people had been injured.")
    #expect(attributed.first?.assertedBy != "outlet")
    let hedged = try claims("Twelve people were reportedly killed in the blast.")
    #expect(hedged.first?.assertedBy == "unknown")
    #expect(hedged.first?.hedged == true)
    let bare = try claims("Fourteen miners were rescued on Tuesday.")
    #expect(bare.first?.assertedBy == "outlet")
    #expect(bare.first?.hedged == false)
  }

  @Test("Distancing and doubt weaken the cue")
  func distancing() throws {
    let claimed = try claims(
      "The minister claimed that 5,000 rioters had attacked the city, without providing evidence.")
    #expect(claimed.first?.cueClass == .doubt)
    #expect(claimed.first?.hedged == true)
  }

  @Test("Price changes: ratios, percentages and rises without a figure, keyed by commodity")
  func prices() throws {
    let doubled = try claims("The price of bread doubled in a week.")
    #expect(doubled.first?.key == "price-change-bread")
    #expect(doubled.first?.value == 2)
    let percent = try claims("Fuel prices rose by 12 percent.")
    #expect(percent.first?.key == "price-change-fuel")
    #expect(percent.first?.value == 12)
    let rise = try claims("A sharp rise in fuel prices set off the protests.")
    #expect(rise.first?.key == "price-change-fuel")
    #expect(rise.first?.value == nil)
  }

  @Test("Events and their dates: deployment, resignation, state of emergency")
  func events() throws {
    let found = try claims(
      """
      The government resigned on Tuesday. A state of emergency was declared on May 3. \
      The alliance sent troops to the capital.
      """)
    #expect(
      found.map(\.key) == ["resignation-government", "emergency-declared", "deployment-troops"])
    #expect(found[1].value == 20_230_503)
  }

  @Test("Years, ages and unrelated numbers are not claims")
  func notClaims() throws {
    #expect(try claims("The party has ruled since 1991 and its leader is 70.").isEmpty)
    #expect(
      try claims("Thousands gathered in the square.").allSatisfy {
        $0.key.hasPrefix("participants")
      })
  }
}
