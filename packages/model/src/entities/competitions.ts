/**
 * @module
 * Sports competitions named like bodies. The labelling guidelines count competitions as no
 * entity ("Six Nations", "Davis Cup"), and most are caught by their head word ("Cup",
 * "Championship", "Open"); a league is caught by none, since "League" also heads bodies ("the
 * Arab League"), so the leagues copy names as competitions are listed here by hand. The North
 * American leagues (`LEAGUES` in gazetteer-teams.ts) act as bodies and stay bodies.
 */
import { nameKey } from './names.ts';

/** Football, rugby and cricket leagues and cups whose name heads no competition word. */
const COMPETITIONS = new Set(
  `Premier League;Barclays Premier League;Barclaycard Premiership;FA Premier League;Premiership;Champions League;
Uefa Champions League;Europa League;Uefa Europa League;Europa Conference League;Conference League;Nations League;
Uefa Nations League;Football League;Nationwide League;Coca-Cola League;Sky Bet League;Scottish Premier League;SPL;
Scottish Premiership;Scottish League;Conference National;National League;Serie A;Serie B;La Liga;Bundesliga;
Ligue 1;Ligue Un;Eredivisie;Primeira Liga;Super League;Engage Super League;Celtic League;Magners League;Pro12;Pro14;
United Rugby Championship;Guinness Premiership;Zurich Premiership;Gallagher Premiership;Top 14;Super 12;Super 14;
Super Rugby;Tri-Nations;Indian Premier League;IPL;Big Bash League;Big Bash;Pro Kabaddi League;A-League;J-League;
K-League;Chinese Super League;Saudi Pro League;Women's Super League;WSL`
    .split(';')
    .map((n) => nameKey(n.trim())),
);

/**
 * Whether a name is a sports competition's, which names no entity.
 *
 * @example
 * isCompetition('Champions League'); // true
 * isCompetition('Arab League'); // false
 */
export function isCompetition(name: string): boolean {
  return COMPETITIONS.has(nameKey(name));
}
