"""Word lists for demo data. Surnames and given names are among the most common
in England and Wales (ONS), listed roughly by frequency so the generator's
Zipf-like weights give a realistic skew (many Smiths, few Zimmermans)."""

SURNAMES = """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts
Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel
Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan
Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook
Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson
Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali
Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell
Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence
Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant
Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton
Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham
Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes
Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson
Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah Simmons Morton
Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin Burrows Briggs Storey
Pollard Smithson Zimmerman Ångström Müller Nowak Kowalski Rossi Ferreira Okafor Nguyen""".split()

GIVEN_NAMES = """Oliver Olivia George Amelia Harry Isla Noah Ava Jack Mia Charlie Isabella Leo
Sophia Jacob Grace Freddie Lily Alfie Freya Oscar Emily Archie Ivy Arthur Ella Henry Rosie
Thomas Evie Theo Florence Joshua Poppy William Charlotte Isaac Willow James Daisy Lucas Sienna
Mohammed Phoebe Ethan Sophie Finley Matilda Max Harper Edward Evelyn Adam Layla Teddy Ruby
Alexander Elsie Sebastian Millie Daniel Maya Samuel Alice David John Paul Mark Andrew Peter
Michael Sarah Laura Emma Claire Susan Karen Helen Rachel Louise Joanne Jane Mary Anne Duncan
Jason Lucy Jemma Abigail Chloe Hannah Megan Lauren Jessica Zoe Aisha Priya Tomasz Agnieszka""".split()

COMPANY_WORDS = """Hope Works Liberty King Little Bee Honey Just In Time Judes Jewels Joes Carpentry
Northern Southern Eastern Western Atlas Beacon Harbour Meadow Oak Cedar Pine Summit Valley River
Bridge Castle Crown Anchor Falcon Phoenix Orchard Granite Silver Golden Blue Green Red Harbour
Copper Iron Thistle Rose Lion Unicorn Kestrel Heron Willow Ivy Heather Moor Dale Fell""".split()

COMPANY_TRADES = """Copiers Supplies Engineering Logistics Plumbing Electrical Dental Bakery Foods
Consulting Software Solutions Builders Joinery Roofing Motors Garage Printing Media Design
Accountants Solicitors Surveyors Pharmacy Opticians Florists Catering Cleaning Security
Recruitment Travel Removals Textiles Brewing Farms Nurseries Veterinary Fitness Training""".split()

COMPANY_SUFFIXES = ["Ltd", "Ltd", "Ltd", "Limited", "LLP", "plc", "& Co", "& Sons", "Group", ""]

CITIES = {
    "GB": [("London", "EC1A"), ("Birmingham", "B1"), ("Manchester", "M1"), ("Leeds", "LS1"),
           ("Glasgow", "G1"), ("Liverpool", "L1"), ("Bristol", "BS1"), ("Sheffield", "S1"),
           ("Edinburgh", "EH1"), ("Cardiff", "CF10"), ("Leicester", "LE1"), ("York", "YO1"),
           ("Norwich", "NR1"), ("Exeter", "EX1"), ("Belfast", "BT1"), ("Oxford", "OX1")],
}
STREETS = ["High Street", "Station Road", "Main Street", "Park Road", "Church Road",
           "Church Street", "London Road", "Victoria Road", "Green Lane", "Manor Road",
           "Church Lane", "Park Avenue", "The Avenue", "Queens Road", "New Road", "Mill Lane"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com",
                "icloud.com"]
ROLES = ["Owner", "Managing Director", "Buyer", "Office Manager", "Accounts", "IT Manager",
         "Sales Director", "Receptionist", "Operations", "Board member"]
TITLES = ["", "", "", "Mr", "Mrs", "Ms", "Dr"]
