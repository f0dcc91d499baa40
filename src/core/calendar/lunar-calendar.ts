/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7.
 *
 * Rules (as used by the Vietnamese calendar since 1968):
 *  - a month starts on the local day (UTC+7) that holds the astronomical new moon;
 *  - month 11 is the month that holds the December solstice (sun at 270°);
 *  - when 13 months lie between two months 11, the first month in which the sun enters no
 *    new 30° sign (no "trung khí") is the leap month and repeats the number before it.
 *
 * Astronomy from J. Meeus, "Astronomical Algorithms" (2nd ed.): chapter 49 for the times of
 * new moon (accurate to well under a minute in this era) and chapter 25, low-accuracy method,
 * for the sun's apparent longitude (about 0.01°). That is ample to place a new moon or a solar
 * term on the right calendar day except in the rare case where one falls within a minute or so of
 * local midnight; lunar-new-year.test.ts pins the dates this project depends on (Tết and Giỗ Tổ
 * 2020–2035) against published calendars.
 */

const DEGREES = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;
/** Julian Day of the Meeus lunation k = 0 (new moon of 6 January 2000). */
const LUNATION_ZERO_JDE = 2451550.09766;
/** Julian Day number of 1970-01-01 (our epoch-day zero). */
const EPOCH_JDN = 2440588;
const VIETNAM_UTC_OFFSET_DAYS = 7 / 24;

function sinDeg(degrees: number): number {
  return Math.sin(degrees * DEGREES);
}

/** ΔT = TT − UT in seconds (Espenak–Meeus polynomial for 2005–2050, long-term parabola elsewhere). */
function deltaTSeconds(jde: number): number {
  const year = 2000 + (jde - 2451545) / 365.25;
  if (year >= 1950 && year <= 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u;
}

/** Julian Ephemeris Day of the true new moon of lunation k (Meeus ch. 49). */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = LUNATION_ZERO_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const moonAnomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const latitudeArg = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  const [m, mp, f] = [sunAnomaly, moonAnomaly, latitudeArg];

  const periodic =
    -0.4072 * sinDeg(mp) +
    0.17241 * e * sinDeg(m) +
    0.01608 * sinDeg(2 * mp) +
    0.01039 * sinDeg(2 * f) +
    0.00739 * e * sinDeg(mp - m) -
    0.00514 * e * sinDeg(mp + m) +
    0.00208 * e * e * sinDeg(2 * m) -
    0.00111 * sinDeg(mp - 2 * f) -
    0.00057 * sinDeg(mp + 2 * f) +
    0.00056 * e * sinDeg(2 * mp + m) -
    0.00042 * sinDeg(3 * mp) +
    0.00042 * e * sinDeg(m + 2 * f) +
    0.00038 * e * sinDeg(m - 2 * f) -
    0.00024 * e * sinDeg(2 * mp - m) -
    0.00017 * sinDeg(node) -
    0.00007 * sinDeg(mp + 2 * m) +
    0.00004 * sinDeg(2 * mp - 2 * f) +
    0.00004 * sinDeg(3 * m) +
    0.00003 * sinDeg(mp + m - 2 * f) +
    0.00003 * sinDeg(2 * mp + 2 * f) -
    0.00003 * sinDeg(mp + m + 2 * f) +
    0.00003 * sinDeg(mp - m + 2 * f) -
    0.00002 * sinDeg(mp - m - 2 * f) -
    0.00002 * sinDeg(3 * mp + m) +
    0.00002 * sinDeg(4 * mp);

  // Planetary perturbations: [coefficient, argument at k = 0, rate per lunation].
  const planetary: Array<[number, number, number]> = [
    [0.000325, 299.77, 0.107408],
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  let additional = 0;
  planetary.forEach(([coefficient, base, rate], index) => {
    // Only the first argument (A1) carries a T² term.
    const argument = base + rate * k - (index === 0 ? 0.009173 * t2 : 0);
    additional += coefficient * sinDeg(argument);
  });
  return mean + periodic + additional;
}

/** Epoch day (days since 1970-01-01) of the Vietnamese calendar day that holds new moon k. */
export function newMoonEpochDay(k: number): number {
  const jde = newMoonJde(k);
  const jdUniversal = jde - deltaTSeconds(jde) / 86400;
  return Math.floor(jdUniversal + 0.5 + VIETNAM_UTC_OFFSET_DAYS) - EPOCH_JDN;
}

/** Apparent ecliptic longitude of the sun in degrees [0, 360) at a Julian Ephemeris Day (Meeus ch. 25). */
export function sunLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.000289 * sinDeg(3 * meanAnomaly);
  const node = 125.04 - 1934.136 * t;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * sinDeg(node);
  return ((apparent % 360) + 360) % 360;
}

/** Which 30° sign the sun is in at local (UTC+7) midnight starting a day: 0 … 11. */
function sunSignAtStartOf(epochDay: number): number {
  const jdUniversal = epochDay + EPOCH_JDN - 0.5 - VIETNAM_UTC_OFFSET_DAYS;
  const jde = jdUniversal + deltaTSeconds(jdUniversal) / 86400;
  return Math.floor(sunLongitude(jde) / 30);
}

/** The lunation whose month holds the given day. */
function lunationOn(epochDay: number): number {
  let k = Math.floor((epochDay + EPOCH_JDN - LUNATION_ZERO_JDE) / SYNODIC_MONTH);
  while (newMoonEpochDay(k) > epochDay) k--;
  while (newMoonEpochDay(k + 1) <= epochDay) k++;
  return k;
}

/** Lunation that is month 11 of the lunar year ending around Gregorian `year`: it holds the December solstice. */
function month11Lunation(year: number): number {
  const december31 = Math.round(Date.UTC(year, 11, 31) / 86_400_000);
  const k = lunationOn(december31);
  // A month starting after the solstice (sun already past 270°) is month 12; step back to month 11.
  return sunSignAtStartOf(newMoonEpochDay(k)) >= 9 ? k - 1 : k;
}

export interface LunarMonth {
  /** 1 … 12 (1 = tháng Giêng, 12 = tháng Chạp). */
  month: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  leap: boolean;
  /** Epoch day of the first day (mùng 1). */
  startEpochDay: number;
  /** 29 or 30. */
  length: number;
}

const monthsCache = new Map<number, LunarMonth[]>();

/**
 * The months from month 11 of lunar year `year - 1` up to (not including) month 11 of lunar year
 * `year`: months 11 and 12 of the old year, then months 1 … 10 of `year`, with a leap month if any.
 */
export function lunarMonthsAround(year: number): LunarMonth[] {
  const cached = monthsCache.get(year);
  if (cached) return cached;
  const first = month11Lunation(year - 1);
  const last = month11Lunation(year);
  const count = last - first;
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonEpochDay(first + i));

  let leapIndex = -1;
  if (count === 13) {
    // The first month during which the sun enters no new sign is the leap month.
    for (let i = 1; i < count; i++) {
      if (sunSignAtStartOf(starts[i]) === sunSignAtStartOf(starts[i + 1])) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  let number = 11;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) number = (number % 12) + 1;
    months.push({ month: number, leap, startEpochDay: starts[i], length: starts[i + 1] - starts[i] });
  }
  monthsCache.set(year, months);
  return months;
}

export interface LunarDate {
  /** Lunar year number, named after the Gregorian year in which its month 1 begins. */
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Epoch day of the lunar new year (mùng 1 Tết) of lunar year `year`. */
export function lunarNewYearEpochDay(year: number): number {
  const first = lunarMonthsAround(year).find((m) => m.month === 1 && !m.leap);
  if (!first) throw new Error(`lunar month 1 not found for ${year}`);
  return first.startEpochDay;
}

/** Epoch day of a lunar date, or undefined when that day or month does not exist that year. */
export function lunarToEpochDay(date: LunarDate): number | undefined {
  // Months 11 and 12 of lunar year Y open the span that leads up to month 11 of lunar year Y + 1;
  // months 1–10 of Y are in the span of Y. Within a span each (number, leap) pair occurs once.
  const span = lunarMonthsAround(date.month >= 11 ? date.year + 1 : date.year);
  const month = span.find((m) => m.month === date.month && m.leap === date.leap);
  if (!month || !Number.isInteger(date.day) || date.day < 1 || date.day > month.length) return undefined;
  return month.startEpochDay + date.day - 1;
}

/** The lunar date of a day given as epoch day. */
export function lunarDateOfEpochDay(epochDay: number): LunarDate {
  const gregorianYear = new Date(epochDay * 86_400_000).getUTCFullYear();
  // The span for year Y covers roughly December of Y - 1 to December of Y.
  for (const year of [gregorianYear, gregorianYear + 1]) {
    const span = lunarMonthsAround(year);
    const end = span[span.length - 1].startEpochDay + span[span.length - 1].length;
    if (epochDay < span[0].startEpochDay || epochDay >= end) continue;
    const firstMonthIndex = span.findIndex((m) => m.month === 1 && !m.leap);
    const index = span.findIndex((m) => epochDay >= m.startEpochDay && epochDay < m.startEpochDay + m.length);
    const month = span[index];
    return {
      year: index < firstMonthIndex ? year - 1 : year,
      month: month.month,
      day: epochDay - month.startEpochDay + 1,
      leap: month.leap,
    };
  }
  throw new Error(`no lunar month found for epoch day ${epochDay}`);
}

/** The leap month number of lunar year `year` (months 1–10 span and the following 11–12), if any. */
export function leapMonthOf(year: number): number | undefined {
  const firstOfYear = lunarNewYearEpochDay(year);
  const spans = [...lunarMonthsAround(year), ...lunarMonthsAround(year + 1)];
  const nextNewYear = lunarNewYearEpochDay(year + 1);
  return spans.find((m) => m.leap && m.startEpochDay >= firstOfYear && m.startEpochDay < nextNewYear)?.month;
}
