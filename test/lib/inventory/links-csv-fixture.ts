/** The header of links.csv with its required and default-able columns. */
export const HEADER =
  'link_id,isp,asn,site,region,link_type,capacity_bps,group,port_bps,lead_time_days,owner';
/** One valid link, l1 of Acme at LHR1, every optional field empty. */
export const ROW = 'l1,Acme,64500,LHR1,EMEA,pni,100e9,,,,';
