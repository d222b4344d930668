/**
 * The WITH query the stage and both outputs start with: the inventory's
 * links numbered in `link_id` order (the same numbers in the stage and in
 * the outputs, since all read the same table), with their capacity group
 * and ISP numbered too.
 */
export const LINK_NUMBERS = `link_numbers AS (
  SELECT
    link_id,
    isp,
    grp,
    capacity_bps AS inv_capacity,
    row_number() OVER (ORDER BY link_id) AS link_no,
    dense_rank() OVER (ORDER BY grp) AS grp_no,
    dense_rank() OVER (ORDER BY isp) AS isp_no
  FROM inventory_links
)`;
